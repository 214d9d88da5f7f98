import "server-only";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { requestIdHeader } from "@/lib/http/request-id";

/**
 * The `x-request-id` proxy.ts put on the request being rendered (a page, a server action, a route handler), or
 * undefined outside one. pino's mixin is synchronous and `headers()` from next/headers is not, so this reads the
 * request store Next keeps in its own AsyncLocalStorage (an `.external` module: one instance shared by every
 * bundle). Should a Next upgrade change its shape, lines lose the id; nothing breaks.
 */
export function nextRequestId(): string | undefined {
  try {
    const store = workUnitAsyncStorage.getStore();
    if (store?.type !== "request") return undefined;
    return store.headers.get(requestIdHeader) ?? undefined;
  } catch {
    return undefined;
  }
}
