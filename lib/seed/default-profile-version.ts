// The requirement profile seeded borrowers fall under: the default profile's newest version, created the way
// the start-up bootstrap creates it (lib/server/requirements/ensure-default-profile.ts) when it is missing.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { defaultProfile } from "@/lib/requirements/default-profile";
import type { SeedRule } from "./batch";

export async function defaultProfileVersion(
  client: pg.ClientBase,
): Promise<{ versionId: string; rules: SeedRule[] }> {
  const newest = `
    SELECT v.id FROM "RequirementProfileVersion" v JOIN "RequirementProfile" p ON p.id = v."profileId"
    WHERE p."isDefault" AND p."retiredAt" IS NULL ORDER BY v.version DESC LIMIT 1`;
  let versionId = (await client.query<{ id: string }>(newest)).rows[0]?.id;
  if (!versionId) versionId = await createDefaultProfile(client);
  const { rows } = await client.query<SeedRule>(
    `SELECT "ruleKey", severity, input FROM "RequirementRule" WHERE "profileVersionId" = $1 ORDER BY position`,
    [versionId],
  );
  return { versionId, rules: rows };
}

async function createDefaultProfile(client: pg.ClientBase): Promise<string> {
  const profileId = randomUUID();
  const versionId = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "RequirementProfile" (id, name, description, "isDefault", "updatedAt") VALUES ($1, $2, $3, true, now())`,
      [profileId, defaultProfile.name, defaultProfile.description],
    );
    await client.query(
      `INSERT INTO "RequirementProfileVersion" (id, "profileId", version) VALUES ($1, $2, 1)`,
      [versionId, profileId],
    );
    for (const [position, rule] of defaultProfile.rules.entries())
      await client.query(
        `INSERT INTO "RequirementRule" (id, "profileVersionId", "ruleKey", severity, input, position)
         VALUES ($1, $2, $3, $4::"Severity", $5::jsonb, $6)`,
        [randomUUID(), versionId, rule.ruleKey, rule.severity, JSON.stringify(rule.input), position],
      );
    await client.query(
      `INSERT INTO "AuditLog" ("actorLabel", action, "targetType", "targetId") VALUES ('system', 'requirement-profile.created', 'RequirementProfile', $1)`,
      [profileId],
    );
    await client.query("COMMIT");
    return versionId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
