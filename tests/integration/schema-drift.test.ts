import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "../../ops/migrations/run-migrations";
import { migrationsDir, repoRoot } from "../../ops/paths";
import { createFreshDatabase } from "../support/fresh-database";
import { diffFacts, factsFromDatabase, factsFromSchema } from "../support/schema-drift";

const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
let database: Awaited<ReturnType<typeof createFreshDatabase>>;

beforeAll(async () => {
  database = await createFreshDatabase("drift");
  await runMigrations({ databaseUrl: database.url, dir: migrationsDir });
});
afterAll(() => database.drop());

describe("schema.prisma and the migrated database", () => {
  it("agree on every model, column, type, nullability, default, enum, unique, index and foreign key", async () => {
    const schema = await factsFromSchema(schemaPath);
    const drift = diffFacts(schema, await factsFromDatabase(database.url));
    expect(drift).toEqual({ onlyInSchema: [], onlyInDatabase: [] });
    // Guard against a comparison that sees nothing: the schema has all these kinds of facts.
    for (const kind of [
      "table ",
      "column ",
      "enum ",
      "primary key ",
      "unique index ",
      "index ",
      "foreign key ",
    ]) {
      expect(
        [...schema].some((fact) => fact.startsWith(kind)),
        kind,
      ).toBe(true);
    }
  });

  it("reports a change made to the database behind the schema's back", async () => {
    const tampered = await createFreshDatabase("drift_tampered");
    await runMigrations({ databaseUrl: tampered.url, dir: migrationsDir });
    const client = new pg.Client({ connectionString: tampered.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE "Borrower" ADD COLUMN "nickname" TEXT');
      await client.query('ALTER TABLE "Borrower" ALTER COLUMN "phone" SET NOT NULL');
      await client.query('DROP INDEX "WebhookEvent_status_receivedAt_idx"');
      await client.query("ALTER TYPE \"Severity\" ADD VALUE 'EXTREME'");
      await client.query('ALTER TABLE "Violation" DROP CONSTRAINT "Violation_policyId_fkey"');
      await client.query(
        'ALTER TABLE "Violation" ADD CONSTRAINT "Violation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE',
      );
      await client.query('ALTER TABLE "AxleConnection" ALTER COLUMN "isMonitoring" SET DEFAULT false');
      const drift = diffFacts(await factsFromSchema(schemaPath), await factsFromDatabase(tampered.url));

      expect(drift.onlyInDatabase).toEqual(
        expect.arrayContaining([
          "column Borrower.nickname text NULL default null",
          "column Borrower.phone text NOT NULL default null",
          "enum Severity (LOW, MEDIUM, HIGH, CRITICAL, EXTREME)",
          expect.stringMatching(/^foreign key Violation_policyId_fkey .* on delete SET NULL/),
          "column AxleConnection.isMonitoring boolean NOT NULL default false",
        ]),
      );
      expect(drift.onlyInSchema).toEqual(
        expect.arrayContaining([
          "column Borrower.phone text NULL default null",
          "index WebhookEvent_status_receivedAt_idx WebhookEvent(status, receivedAt)",
          expect.stringMatching(/^foreign key Violation_policyId_fkey .* on delete CASCADE/),
        ]),
      );
    } finally {
      await client.end();
      await tampered.drop();
    }
  });
});
