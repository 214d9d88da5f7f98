// Signing a benchmark in as a browser does: next-auth's credentials flow, with the cookies kept in a jar.

/** Cookies as a browser keeps them: the latest value of each name. */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** next-auth's credentials flow, as the sign-in form performs it: CSRF token, then the callback. */
export async function signIn(appUrl: string, admin: { email: string; password: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(new URL("/api/auth/csrf", appUrl));
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(new URL("/api/auth/callback/credentials", appUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email: admin.email, password: admin.password, json: "true" }),
  });
  jar.take(callback);
  if (!jar.header().includes("session-token"))
    throw new Error(`sign-in failed: the callback answered ${callback.status} without a session cookie`);
  return jar;
}
