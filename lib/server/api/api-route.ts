import "server-only";
import { ZodError } from "zod";
import type { ApiErrorCode } from "@/lib/api/v1/schemas";
import { requestIdFor, requestIdHeader } from "@/lib/http/request-id";
import { searchParamsOf } from "@/lib/search-params";
import { countApiRequest } from "../api-keys/api-rate-limit";
import { type ApiCaller, authenticateApiKey } from "../api-keys/authenticate-api-key";
import { AppError } from "../errors";
import { log } from "../log";
import { withLogContext } from "../request-context";

const statusByCode: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
};

/** The read API's one error shape, for every error. */
export function apiError(code: ApiErrorCode, message: string, headers: HeadersInit = {}) {
  return Response.json({ error: { code, message } }, { status: statusByCode[code], headers });
}

export type ApiRouteArgs<C> = {
  request: Request;
  context: C;
  caller: ApiCaller;
  /** The query string as a page receives it, for the list parsers. */
  query: Record<string, string | string[] | undefined>;
};

/**
 * The wrapper of every `/api/v1` handler: the bearer key (never a session cookie), the key's rate limit, then
 * the handler; AppError and zod errors mapped to the error shape, anything unexpected to a 500 whose details
 * go only to the log. Every answer carries a request id and is never cached.
 */
export function apiRoute<C = unknown>(
  handler: (args: ApiRouteArgs<C>) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    // Every line logged while answering carries the id the caller sees on the answer.
    const requestId = requestIdFor(request.headers);
    const response = await withLogContext({ requestId }, () => answer(request, context, handler));
    response.headers.set(requestIdHeader, requestId);
    response.headers.set("cache-control", "no-store");
    return response;
  };
}

async function answer<C>(
  request: Request,
  context: C,
  handler: (args: ApiRouteArgs<C>) => Promise<Response>,
): Promise<Response> {
  try {
    const caller = await authenticateApiKey(request.headers.get("authorization"));
    if (!caller)
      return apiError(
        "unauthorized",
        "Send a valid, unrevoked, unexpired API key as `Authorization: Bearer <key>`.",
        {
          "www-authenticate": 'Bearer realm="coverwatch"',
        },
      );
    const refusal = await countApiRequest(caller.keyId);
    if (refusal)
      return apiError(
        "rate_limited",
        `Too many requests for this key: retry in ${refusal.retryAfterSeconds} s.`,
        {
          "retry-after": String(refusal.retryAfterSeconds),
        },
      );
    const query = searchParamsOf(new URL(request.url).searchParams);
    return await handler({ request, context, caller, query });
  } catch (error) {
    if (error instanceof AppError && error.code in statusByCode)
      return apiError(error.code as ApiErrorCode, error.message);
    if (error instanceof ZodError)
      return apiError(
        "bad_request",
        error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; "),
      );
    log.error("API request failed", { path: new URL(request.url).pathname, err: error as Error });
    return apiError("internal", "Something went wrong.");
  }
}
