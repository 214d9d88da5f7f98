import NextAuth from "next-auth";
import { signInThrottledUrl } from "@/lib/auth/sign-in-throttle-message";
import { authOptions } from "@/lib/server/auth/auth-options";
import { clearSignInAttempts, clientAddress, countSignInAttempt } from "@/lib/server/auth/sign-in-throttle";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's own routes, with sign-in by password throttled in front of it: an attempt over a limit gets 429
 * with Retry-After before any password is checked (sign-in-throttle.ts). The body is JSON next-auth's client
 * understands (`signIn` reads the error from `url`), so the form can say how long to wait.
 */
async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);

  const form = await request.clone().formData();
  const attempt = { email: String(form.get("email") ?? ""), address: clientAddress(request.headers) };
  const refused = await countSignInAttempt(attempt);
  if (refused)
    return Response.json(
      { url: signInThrottledUrl(new URL(request.url).origin, refused.retryAfterSeconds) },
      { status: 429, headers: { "retry-after": String(refused.retryAfterSeconds) } },
    );
  const response: Response = await handler(request, context);
  if (response.ok) await clearSignInAttempts(attempt);
  return response;
}

export { handler as GET, POST };
