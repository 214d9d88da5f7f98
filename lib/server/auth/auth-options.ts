import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { withSingleSignOn } from "./oidc-provider";
import { hashPassword, isLegacyHash, verifyNothing, verifyPassword } from "./password";
import { endUserSession, sessionMaxAgeSeconds, startUserSession } from "./sessions";

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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        // Same answer for an unknown email, a user without a password and a wrong password; disabled users cannot
        // sign in.
        if (!user?.passwordHash || user.disabledAt)
          return verifyNothing(parsed.data.password).then(() => null);
        if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        await db.user.update({
          where: { id: user.id },
          data: {
            lastSignInAt: new Date(),
            // The one moment the password is known: an old bcrypt hash becomes Argon2id.
            ...(isLegacyHash(user.passwordHash)
              ? { passwordHash: await hashPassword(parsed.data.password) }
              : {}),
          },
        });
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
