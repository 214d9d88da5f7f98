// A portfolio for the workspace journeys: the project's own `npm run seed:scale` writes a few hundred varied
// borrowers (compliant, at risk, failing, disconnected, never connected, descoped) into the test stack's
// database, once per run.
import { execFileSync } from "node:child_process";
import type pg from "pg";
import { repoRoot } from "../../../ops/paths";

export const seededBorrowers = 600;

export async function seedPortfolioOnce(db: pg.Client): Promise<void> {
  // The seed leaves an audit row; other tests' borrowers use loan references of the same shape.
  const seeded = await db.query(`SELECT 1 FROM "AuditLog" WHERE action = 'seed.scale' LIMIT 1`);
  if (seeded.rowCount) return;
  const env = {
    ...process.env,
    ...(JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as Record<string, string>),
  };
  execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "cli/seed-scale.ts",
      "--borrowers",
      String(seededBorrowers),
      "--append",
    ],
    { cwd: repoRoot, env, encoding: "utf8", stdio: "pipe" },
  );
}
