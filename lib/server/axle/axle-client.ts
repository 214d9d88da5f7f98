import "server-only";
import type { z } from "zod";
import {
  accountSchema,
  descopeResultSchema,
  exchangeResultSchema,
  policySchema,
  startIgnitionResultSchema,
} from "@/lib/axle/schemas";
import { env } from "../env";
import { log } from "../log";
import { AxleError, kindForStatus } from "./axle-errors";

// Every call to Axle goes through here: the twin, Axle's sandbox and production differ only by AXLE_BASE_URL
// and credentials. Retries with backoff and the full error matrix arrive with issue #3.

type Request<T extends z.ZodType> = {
  method: "GET" | "POST";
  path: string;
  schema: T;
  accessToken?: string;
  body?: unknown;
};

async function call<T extends z.ZodType>({
  method,
  path,
  schema,
  accessToken,
  body,
}: Request<T>): Promise<z.infer<T>> {
  const headers: Record<string, string> = {
    "x-client-id": env.AXLE_CLIENT_ID,
    "x-client-secret": env.AXLE_CLIENT_SECRET,
    accept: "application/json",
  };
  if (accessToken) headers["x-access-token"] = accessToken;
  if (body !== undefined) headers["content-type"] = "application/json";

  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(new URL(path, env.AXLE_BASE_URL), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(env.AXLE_TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    log.warn("axle request failed", { method, path: redact(path), error: (error as Error).message });
    throw new AxleError("unavailable", `Axle could not be reached (${(error as Error).message})`, { path });
  }
  const requestId = response.headers.get("x-axle-request-id");
  log.info("axle request", {
    method,
    path: redact(path),
    status: response.status,
    durationMs: Math.round(performance.now() - started),
    requestId,
  });

  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { errorCode, message } = (payload ?? {}) as { errorCode?: string; message?: string };
    throw new AxleError(kindForStatus(response.status), message ?? `Axle answered ${response.status}`, {
      status: response.status,
      requestId,
      errorCode,
      path,
    });
  }
  const data = (payload as { data?: unknown } | null)?.data;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AxleError(
      "invalid_response",
      `Axle's response to ${method} ${redact(path)} does not fit: ${issue?.path.join(".") || "data"} ${issue?.message}`,
      {
        status: response.status,
        requestId,
        path,
      },
    );
  }
  return parsed.data;
}

/** Query strings are never secret here, but keep log lines to the path. */
function redact(path: string): string {
  return path.split("?")[0] ?? path;
}

export type StartIgnitionInput = {
  redirectUri: string;
  webhookUri: string;
  user: { id: string; firstName?: string; lastName?: string; email?: string; phone?: string };
  metadata?: Record<string, string | number | boolean | null>;
};

export const axle = {
  startIgnition: (input: StartIgnitionInput) =>
    call({ method: "POST", path: "/ignition", body: input, schema: startIgnitionResultSchema }),
  exchangeToken: (authCode: string) =>
    call({ method: "POST", path: "/token/exchange", body: { authCode }, schema: exchangeResultSchema }),
  getAccount: (accessToken: string, accountId: string) =>
    call({
      method: "GET",
      path: `/accounts/${encodeURIComponent(accountId)}`,
      accessToken,
      schema: accountSchema,
    }),
  getPolicy: (accessToken: string, policyId: string) =>
    call({
      method: "GET",
      path: `/policies/${encodeURIComponent(policyId)}`,
      accessToken,
      schema: policySchema,
    }),
  descopeToken: (accessToken: string) =>
    call({
      method: "POST",
      path: "/token/descope",
      accessToken,
      body: { scope: "monitoring" },
      schema: descopeResultSchema,
    }),
};
