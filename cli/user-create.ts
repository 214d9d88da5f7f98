// `npm run user:create -- --email a@b.c --name "A B" --role ADMIN|COMPLIANCE_OFFICER|VIEWER [--password …]`
// Needs the app's environment (DATABASE_URL …); against the embedded default, run it while `npm start` runs:
// it reads the connection details that the running stack wrote to .data/runtime.json.
import { parseArgs } from "node:util";
import { loadRuntimeEnv } from "../ops/runtime-file";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
  },
});

try {
  loadRuntimeEnv();
  const { createUser } = await import("@/lib/server/users/create-user");
  const { user, password } = await createUser({
    email: values.email ?? "",
    name: values.name ?? values.email ?? "",
    role: (values.role ?? "") as "ADMIN",
    password: values.password,
  });
  console.log(`Created ${user.role} ${user.email}.`);
  if (!values.password) console.log(`Password (shown once): ${password}`);
  process.exit(0);
} catch (error) {
  const issues = (error as { issues?: { path: unknown[]; message: string }[] }).issues;
  const reason = issues
    ? issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")
    : (error as Error).message;
  console.error(`Could not create the user: ${reason}`);
  process.exit(1);
}
