import NextAuth from "next-auth";
import { signInThrottledUrl } from "@/lib/auth/sign-in-throttle-message";
import { authOptions } from "@/lib/server/auth/auth-options";
import { clientAddress, countSignInAttempt } from "@/lib/server/auth/sign-in-throttle";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's own routes, with sign-in by password throttled in front of it: an attempt over a limit gets 429
 * with Retry-After before any password is checked (sign-in-throttle.ts). The body is JSON next-auth's client
 * understands (`signIn` reads the error from `url`), so the form can say how long to wait. A success clears
 * the counts from inside the password check (auth-options.ts), never from this response's status.
 */
async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);

  // Read as next-auth reads it (the last of a repeated field wins), so the email counted is the one checked.
  const body = Object.fromEntries(new URLSearchParams(await request.clone().text()));
  const refused = await countSignInAttempt({
    email: body.email ?? "",
    address: clientAddress(request.headers.get("x-forwarded-for")),
  });
  if (refused)
    return Response.json(
      { url: signInThrottledUrl(new URL(request.url).origin, refused.retryAfterSeconds) },
      { status: 429, headers: { "retry-after": String(refused.retryAfterSeconds) } },
    );
  return handler(request, context);
}

export { handler as GET, POST };
