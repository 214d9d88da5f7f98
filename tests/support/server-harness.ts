// For integration tests of Coverwatch's server operations: a fresh migrated database, the Axle twin over real
// HTTP, the app's environment pointing at both, and helpers to connect borrowers the way production does
// (Start Ignition → the twin's hosted pages → the exchange).
import { randomBytes, randomUUID } from "node:crypto";
import { twinConfig } from "../../axle-twin/src/config";
import { startTwinServer, type TwinServer } from "../../axle-twin/src/server";
import { grantForAccount } from "../../axle-twin/src/store";
import { completeHostedIgnition } from "../../axle-twin/src/testing/complete-hosted-ignition";
import { runMigrations } from "../../ops/migrations/run-migrations";
import { migrationsDir } from "../../ops/paths";
import { createFreshDatabase } from "./fresh-database";

export type Harness = Awaited<ReturnType<typeof startServerHarness>>;

export async function startServerHarness(options: { smtpUrl?: string } = {}) {
  const database = await createFreshDatabase("server");
  await runMigrations({ databaseUrl: database.url, dir: migrationsDir });
  const twin: TwinServer = await startTwinServer(
    twinConfig({ webhookSecret: "whsec_harness_000001", webhookMaxAttempts: 1 }),
  );
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    APP_URL: "http://127.0.0.1:9",
    NEXTAUTH_URL: "http://127.0.0.1:9",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    AXLE_BASE_URL: twin.url,
    AXLE_CLIENT_ID: twin.context.config.clientId,
    AXLE_CLIENT_SECRET: twin.context.config.clientSecret,
    AXLE_WEBHOOK_SECRET: "whsec_harness_000001",
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    JOBS_IN_PROCESS: "false",
    // Receivers in tests run on 127.0.0.1.
    OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: "true",
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
  });
  const { ensureDefaultProfile } = await import("@/lib/server/requirements/ensure-default-profile");
  const { createUser } = await import("@/lib/server/users/create-user");
  const { db } = await import("@/lib/server/db");
  await ensureDefaultProfile();
  const { user } = await createUser({
    email: `admin-${randomBytes(3).toString("hex")}@example.com`,
    name: "Harness Admin",
    role: "ADMIN",
  });
  const admin = { id: user.id, email: user.email, name: user.name, role: user.role };

  /** A borrower connected through the twin's Ignition, with the given sandbox policy; returns ids. */
  async function connectBorrower(
    policy = "mercedes-c300",
    borrower: { lenderName?: string; vin?: string } = {},
  ) {
    const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
    const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
    const loanReference = `LN-${randomBytes(4).toString("hex")}`;
    const { borrowerId, ignitionSessionId } = await startIgnitionForNewBorrower(
      {
        firstName: "Casey",
        lastName: "Harness",
        email: `${loanReference}@example.com`,
        loanReference,
        ...borrower,
      },
      admin,
    );
    const session = await db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
    const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri, policy }));
    const outcome = await completeIgnition({
      sessionId: ignitionSessionId,
      authCode: redirect.searchParams.get("authCode") ?? "",
      result: "link",
    });
    if (outcome !== "connected") throw new Error(`connecting failed: ${outcome}`);
    const stored = await db.policy.findFirstOrThrow({ where: { borrowerId } });
    const connection = await db.axleConnection.findFirstOrThrow({ where: { borrowerId } });
    const grant = grantForAccount(twin.context.store, connection.accountId);
    return { borrowerId, policyId: stored.id, connectionId: connection.id, accessToken: grant?.token ?? "" };
  }

  /** Stores an Axle event as the webhook route would (minus the job) and processes it as a worker would. */
  async function deliverEvent(type: string, data: Record<string, unknown>) {
    const { processWebhookEvent } = await import("@/lib/server/webhooks/process-webhook-event");
    const id = randomUUID();
    const body = { id: `evt_${randomUUID()}`, type, createdAt: new Date().toISOString(), data };
    await db.webhookEvent.create({
      data: {
        id,
        axleEventId: body.id,
        type,
        ref: (data.ref as string) ?? null,
        rawBody: JSON.stringify(body),
      },
    });
    const outcome = await processWebhookEvent(id);
    return { outcome, event: await db.webhookEvent.findUniqueOrThrow({ where: { id } }) };
  }

  return {
    admin,
    twin,
    db,
    connectBorrower,
    deliverEvent,
    async close() {
      await twin.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}
