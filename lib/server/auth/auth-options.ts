import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { log } from "../log";
import { withSingleSignOn } from "./oidc-provider";
import { hashPassword, isLegacyHash, verifyNothing, verifyPassword } from "./password";
import { endUserSession, sessionMaxAgeSeconds, startUserSession } from "./sessions";
import { clearSignInAttempts, clientAddress } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: z.email().transform((v) => v.toLowerCase()),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = withSingleSignOn({
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        // Same answer for an unknown email, a user without a password and a wrong password; disabled users cannot
        // sign in.
        if (!user?.passwordHash || user.disabledAt)
          return verifyNothing(parsed.data.password).then(() => null);
        if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        // The one moment the password is known: an old bcrypt hash becomes Argon2id, unless the password
        // changed meanwhile (a reset landing during this sign-in keeps the new one).
        if (isLegacyHash(user.passwordHash))
          await db.user.updateMany({
            where: { id: user.id, passwordHash: user.passwordHash },
            data: { passwordHash: await hashPassword(parsed.data.password) },
          });
        await clearSignInAttempts({
          email: parsed.data.email,
          address: clientAddress(headerOf(request?.headers, "x-forwarded-for")),
        }).catch((error: Error) => log.warn("sign-in counts not cleared", { err: error }));
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  // Sign-out ends the session on the server too: a copy of the cookie stops working (sessions.ts).
  events: { signOut: ({ token }) => endUserSession(token?.sid) },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = await startUserSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role ?? "VIEWER";
      }
      return session;
    },
  },
});

/** A header from next-auth's request, whose headers are a plain object (or, in places, a Headers). */
function headerOf(headers: unknown, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}
