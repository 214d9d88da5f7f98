// A borrower who connected through Ignition: the connection (token stored as a fixed dummy ciphertext: these
// borrowers are never synced against Axle), the account, and the policy with its history and evaluation.
import { createHash } from "node:crypto";
import { buildAccountBody } from "./account-body";
import { type Batch, newAxleId, newUuid, type SeedContext } from "./batch";
import type { SeedIdentity } from "./borrower-identity";
import { dayMs, hourMs, hoursBefore } from "./dates";
import { seedEvaluation } from "./evaluation-rows";
import { seedPolicyHistory } from "./policy-history";
import { between, pick, type Random } from "./random";
import type { Scenario } from "./scenarios";
import type { SeedVehicle } from "./vehicles";
import { webhookEventRow } from "./webhook-event-row";

export type ConnectedBorrower = {
  random: Random;
  borrowerId: string;
  identity: SeedIdentity;
  vehicle: SeedVehicle;
  /** False when the loan file has no VIN (the policy still insures the vehicle). */
  hasCollateral: boolean;
  scenario: Scenario;
  connectedAt: Date;
  ignitionSessionId: string;
};

/** Not a real sealed token: decrypting it fails, which is right for data that must never reach Axle. */
export const dummyAccessTokenCiphertext = "seed.v1.not-a-real-token.AAAAAAAAAAAAAAAAAAAAAA";

const disconnectionStatuses = [
  "credentials-expired",
  "credentials-expired",
  "mfa-expired",
  "account-disabled",
];

export function seedConnection(ctx: SeedContext, batch: Batch, borrower: ConnectedBorrower): void {
  const { random, scenario, connectedAt, borrowerId, identity } = borrower;
  const ids = {
    connection: newUuid(),
    account: newAxleId("acc"),
    policy: newAxleId("pol"),
    property: newAxleId("prp"),
  };
  const carrier = pick(random, ctx.carriers);
  const sinceConnected = (days: number) =>
    new Date(Math.max(connectedAt.getTime() + dayMs, ctx.now.getTime() - days * dayMs));

  let connectionStatus = "active";
  let disconnectedAt: Date | null = null;
  let descopedAt: Date | null = null;
  // Axle stops refreshing a broken connection, and we stop fetching a descoped one.
  let refreshedAt = hoursBefore(ctx.now, between(random, 1, 30));
  if (scenario === "disconnected") {
    connectionStatus = pick(random, disconnectionStatuses);
    disconnectedAt = sinceConnected(between(random, 1, 20));
    refreshedAt = hoursBefore(disconnectedAt, between(random, 1, 20));
  } else if (scenario === "descoped") {
    descopedAt = sinceConnected(between(random, 1, 60));
    refreshedAt = hoursBefore(descopedAt, between(random, 1, 20));
  } else if (scenario === "stale") refreshedAt = hoursBefore(ctx.now, between(random, 49, 70));
  else if (scenario === "very-stale") refreshedAt = hoursBefore(ctx.now, between(random, 5 * 24, 9 * 24));
  if (refreshedAt < connectedAt) refreshedAt = connectedAt;
  const fetchedAt = new Date(
    Math.min(ctx.now.getTime(), refreshedAt.getTime() + between(random, 1, 90) * 60_000),
  );

  const changedAt = disconnectedAt ?? descopedAt ?? connectedAt;
  batch.connection.push({
    id: ids.connection,
    borrowerId,
    ignitionSessionId: borrower.ignitionSessionId,
    accountId: ids.account,
    accessTokenEncrypted: dummyAccessTokenCiphertext,
    accessTokenDigest: createHash("sha256").update(ids.account).digest("hex"),
    policyIds: [ids.policy],
    isMonitoring: descopedAt === null,
    connectionStatus,
    disconnectedAt,
    descopedAt,
    descopedById: descopedAt ? ctx.actorId : null,
    createdAt: connectedAt,
    updatedAt: changedAt,
  });

  const { firstName, lastName, email, phone } = identity;
  const account = buildAccountBody({
    id: ids.account,
    carrier,
    holder: { firstName, lastName, email, phone },
    policyIds: [ids.policy],
    connectionStatus,
    statusUpdatedAt: changedAt,
    createdAt: connectedAt,
    modifiedAt: disconnectedAt ?? connectedAt,
    refreshedAt,
  });
  batch.account.push({
    id: ids.account,
    connectionId: ids.connection,
    carrier,
    firstName,
    lastName,
    email,
    phone,
    connectionStatus,
    data: account,
    axleCreatedAt: connectedAt,
    modifiedAt: disconnectedAt ?? connectedAt,
    refreshedAt,
    fetchedAt,
    updatedAt: fetchedAt,
  });
  batch.accountSnapshot.push({
    id: newUuid(),
    accountId: ids.account,
    data: account,
    modifiedAt: disconnectedAt ?? connectedAt,
    refreshedAt,
    fetchedAt: connectedAt,
    source: "EXCHANGE",
  });

  const event = (type: string, at: Date, data: Record<string, unknown>, note?: string) =>
    batch.webhookEvent.push(webhookEventRow({ type, at, borrowerId, data, statusNote: note }));
  event("ignition.completed", connectedAt, { token: newAxleId("ign"), user: { id: borrowerId } });
  if (disconnectedAt)
    event("account.disconnected", disconnectedAt, {
      ref: ids.account,
      account: ids.account,
      user: { id: borrowerId },
    });
  if (descopedAt && descopedAt.getTime() < ctx.now.getTime() - 2 * hourMs)
    event(
      "account.modified",
      new Date(descopedAt.getTime() + hourMs),
      { ref: ids.account, account: ids.account, user: { id: borrowerId } },
      "connection descoped",
    );

  const history = seedPolicyHistory(ctx, batch, { ...borrower, ids, carrier, refreshedAt, fetchedAt });
  // A descoped borrower was last evaluated before monitoring stopped; everyone else within the last hours.
  const evaluatedAt = descopedAt
    ? new Date(fetchedAt.getTime() + 60_000)
    : hoursBefore(ctx.now, between(random, 0, 180) / 60);
  seedEvaluation(ctx, batch, {
    ...borrower,
    policy: history.policy,
    policyId: ids.policy,
    snapshotId: history.currentSnapshotId,
    connectionStatus,
    disconnectedAt,
    evaluatedAt,
    changedAt: history.changedAt,
  });
}
