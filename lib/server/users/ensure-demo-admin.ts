import "server-only";
import { db } from "../db";
import { createUser } from "./create-user";

export const demoAdminEmail = "admin@coverwatch.local";

/** On an empty database, creates the first admin and returns its generated password (shown once, never stored). */
export async function ensureDemoAdmin(): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const { password } = await createUser({ email: demoAdminEmail, name: "Demo admin", role: "ADMIN" });
  return { email: demoAdminEmail, password };
}
