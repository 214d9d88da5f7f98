import "server-only";
import { requestIdFor, requestIdHeader } from "@/lib/http/request-id";
import { AppError } from "../errors";
import { log } from "../log";
import { withLogContext } from "../request-context";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * The one wrapper for machine-facing route handlers: a request id on every answer and on every log line written
 * while handling it (the one proxy.ts gave the request, or a fresh one where the proxy does not run, as for
 * Axle's webhooks), AppError mapped to its status with a JSON body, anything unexpected to a generic 500 with
 * the details only in the log.
 */
export function machineRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const requestId = requestIdFor(request.headers);
    const response = await withLogContext({ requestId }, () => answer(handler, request, context));
    response.headers.set(requestIdHeader, requestId);
    return response;
  };
}

async function answer<C>(handler: Handler<C>, request: Request, context: C): Promise<Response> {
  try {
    return await handler(request, context);
  } catch (error) {
    if (error instanceof AppError)
      return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
    log.error("route failed", { path: new URL(request.url).pathname, err: error as Error });
    return Response.json({ error: { code: "internal", message: "Something went wrong." } }, { status: 500 });
  }
}
