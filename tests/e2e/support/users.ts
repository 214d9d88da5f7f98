// Adds dashboard users with the project's own CLI (`npm run user:create`), against the test stack's database.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { repoRoot } from "../../../ops/paths";

export type TestUser = { email: string; password: string; role: string };

export function createUserWithCli(
  role: "ADMIN" | "COMPLIANCE_OFFICER" | "VIEWER",
  name = `Test ${role.toLowerCase()}`,
): TestUser {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.com`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const env = {
    ...process.env,
    ...(JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as Record<string, string>),
  };
  const output = execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "cli/user-create.ts",
      "--email",
      email,
      "--name",
      name,
      "--role",
      role,
      "--password",
      password,
    ],
    { cwd: repoRoot, env, encoding: "utf8" },
  );
  if (!output.includes(`Created ${role} ${email}`)) throw new Error(`user:create said: ${output}`);
  return { email, password, role };
}
