import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "../errors";
import { log } from "../log";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * The one wrapper for machine-facing route handlers: a request id on every answer, AppError mapped to its
 * status with a JSON body, anything unexpected to a generic 500 with the details only in the log.
 */
export function machineRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const requestId = randomUUID();
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) {
        response = Response.json(
          { error: { code: error.code, message: error.message } },
          { status: error.status },
        );
      } else {
        log.error("route failed", {
          requestId,
          path: new URL(request.url).pathname,
          error: (error as Error).stack ?? String(error),
        });
        response = Response.json(
          { error: { code: "internal", message: "Something went wrong." } },
          { status: 500 },
        );
      }
    }
    response.headers.set("x-request-id", requestId);
    return response;
  };
}
