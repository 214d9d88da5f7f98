import "server-only";
import type { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { searchParamsOf } from "@/lib/search-params";
import { getCurrentUser } from "../auth/current-user";
import type { SessionUser } from "../auth/sessions";
import { AppError } from "../errors";
import { machineRoute } from "./machine-route";

export type UserRouteArgs<Query, C> = { request: Request; context: C; user: SessionUser; query: Query };

type Options<Schema extends z.ZodType> = { permission: Permission; query?: Schema };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "query"}: ${issue.message}`)
    .join("; ");
}

/**
 * The wrapper for route handlers a signed-in user calls from the browser (downloads, exports): the session from
 * next-auth, a named permission, a zod-parsed query, then the handler. Errors are JSON, never a redirect, since
 * a download or a script cannot follow one to a sign-in page: no session 401, no permission 403, a bad query
 * 400 naming the field, anything else 500 with a generic message (see machineRoute).
 */
export function userRoute<Schema extends z.ZodType = z.ZodType<Record<string, never>>, C = unknown>(
  options: Options<Schema>,
  handler: (args: UserRouteArgs<z.output<Schema>, C>) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return machineRoute<C>(async (request, context) => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Sign in to continue.");
    if (!can(user.role, options.permission))
      throw new AppError("forbidden", "Your role does not allow this.");
    const raw = searchParamsOf(new URL(request.url).searchParams);
    const parsed = options.query ? options.query.safeParse(raw) : { success: true as const, data: {} };
    if (!parsed.success) throw new AppError("bad_request", describeIssues(parsed.error));
    return handler({ request, context, user, query: parsed.data as z.output<Schema> });
  });
}
