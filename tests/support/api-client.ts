// For tests of the read API: keys made the way an admin makes them, and requests to the route handlers' own
// GET functions with real Request objects, read back as an API client reads them.
import type { Harness } from "./server-harness";

/** A route handler, with the path parameter `/borrowers/{id}` has (the others ignore their context). */
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

export async function createTestApiKey(harness: Harness, name = "Test system") {
  const { createApiKey } = await import("@/lib/server/api-keys/create-api-key");
  return createApiKey({ input: { name, expiry: "never" }, actor: harness.admin });
}

export async function callApi(
  handler: Handler,
  path: string,
  {
    key,
    params = { id: "" },
    headers = {},
  }: { key?: string; params?: { id: string }; headers?: Record<string, string> } = {},
) {
  const request = new Request(`http://127.0.0.1${path}`, {
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON as a client would, then asserts on it.
  const body: any = await response.json();
  return { status: response.status, headers: response.headers, body };
}

/** Every page of a list, following `next`, with a hook between pages (to add rows while a client reads). */
export async function readAllPages(
  handler: Handler,
  path: string,
  key: string,
  between: () => Promise<void> = async () => {},
) {
  const ids: string[] = [];
  let url = path;
  for (let guard = 0; guard < 100; guard++) {
    const { status, body } = await callApi(handler, url, { key });
    if (status !== 200) throw new Error(`${url} answered ${status}: ${JSON.stringify(body)}`);
    ids.push(...body.data.map((row: { id: string }) => row.id));
    if (!body.next || body.data.length === 0 || body.hasMore === false) return ids;
    await between();
    const next = new URL(url, "http://127.0.0.1");
    next.searchParams.set("cursor", body.next);
    url = `${next.pathname}${next.search}`;
  }
  throw new Error("more than 100 pages");
}
