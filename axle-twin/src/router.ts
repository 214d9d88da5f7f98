// A tiny method + path router: `/policies/:id` patterns, nothing more.
import type { IncomingMessage, ServerResponse } from "node:http";

export type RouteContext = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
};
export type Handler = (context: RouteContext) => Promise<void> | void;

type Route = { method: string; pattern: string; segments: string[]; handler: Handler };

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, pattern, segments: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  /** The handler, its params, and its key (`GET /policies/:id`) for per-endpoint settings. */
  match(
    method: string,
    pathname: string,
  ): { handler: Handler; params: Record<string, string>; key: string } | null {
    const parts = pathname.split("/").filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const isMatch = route.segments.every((segment, index) => {
        const part = parts[index] ?? "";
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = decodeURIComponent(part);
          return true;
        }
        return segment === part;
      });
      if (isMatch) return { handler: route.handler, params, key: `${route.method} ${route.pattern}` };
    }
    return null;
  }
}
