// The policy as fetched at the exchange and, for some, as changed later by the carrier (announced by a
// `policy.modified` webhook): the current row, one snapshot per body fetched, and the diff between them.
import { diffPolicies } from "@/lib/axle/diff";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { type Batch, newUuid, type SeedContext } from "./batch";
import { hourMs } from "./dates";
import { buildPolicyBody } from "./policy-body";
import { between, type Random } from "./random";
import type { Scenario } from "./scenarios";
import type { ConnectedBorrower } from "./seed-connection";
import { webhookEventRow } from "./webhook-event-row";

type HistoryInput = ConnectedBorrower & {
  ids: { connection: string; account: string; policy: string; property: string };
  carrier: string;
  refreshedAt: Date;
  fetchedAt: Date;
};

/** Scenarios that usually come from a change the carrier made after the borrower connected. */
const changedLater: Partial<Record<Scenario, number>> = {
  cancelled: 0.8,
  "high-deductible": 0.7,
  "no-lienholder": 0.6,
};

export function seedPolicyHistory(ctx: SeedContext, batch: Batch, input: HistoryInput) {
  const { random, connectedAt, refreshedAt, ids } = input;
  const span = refreshedAt.getTime() - connectedAt.getTime();
  const hasChange = span > 2 * hourMs && random() < (changedLater[input.scenario] ?? 0.3);
  const changedAt = hasChange ? new Date(connectedAt.getTime() + Math.floor(random() * span)) : connectedAt;
  const policy = buildPolicyBody({
    random,
    now: ctx.now,
    ids: { policy: ids.policy, account: ids.account, property: ids.property },
    carrier: input.carrier,
    insured: input.identity,
    lenderName: input.identity.lenderName,
    vehicle: input.vehicle,
    address: input.identity.address,
    scenario: input.scenario,
    createdAt: connectedAt,
    modifiedAt: changedAt,
    refreshedAt,
  });
  batch.policy.push({
    id: ids.policy,
    accountId: ids.account,
    connectionId: ids.connection,
    borrowerId: input.borrowerId,
    type: policy.type,
    carrier: policy.carrier,
    policyNumber: policy.policyNumber,
    isActive: policy.isActive,
    effectiveDate: policy.effectiveDate,
    expirationDate: policy.expirationDate,
    data: policy,
    modifiedAt: changedAt,
    refreshedAt,
    fetchedAt: input.fetchedAt,
    updatedAt: input.fetchedAt,
  });

  const snapshot = (body: AxlePolicy, fetchedAt: Date, diff: unknown, eventId: string | null) => {
    const id = newUuid();
    batch.policySnapshot.push({
      id,
      policyId: ids.policy,
      data: body,
      diff,
      modifiedAt: body.modifiedAt,
      refreshedAt: body.refreshedAt,
      fetchedAt,
      source: eventId ? "EVENT" : "EXCHANGE",
      eventId,
    });
    return id;
  };
  if (!hasChange) return { policy, currentSnapshotId: snapshot(policy, connectedAt, null, null), changedAt };

  const stamp = connectedAt.toISOString();
  const before = {
    ...previousTerms(policy, input.scenario, input.identity.lenderName, random),
    modifiedAt: stamp,
    refreshedAt: stamp,
  };
  snapshot(before, connectedAt, null, null);
  const event = webhookEventRow({
    type: "policy.modified",
    at: changedAt,
    borrowerId: input.borrowerId,
    data: { ref: ids.policy, account: ids.account, user: { id: input.borrowerId } },
  });
  batch.webhookEvent.push(event);
  const changes = diffPolicies(before, policy);
  const fetchedAt = new Date(changedAt.getTime() + between(random, 1, 5) * 1000);
  return { policy, currentSnapshotId: snapshot(policy, fetchedAt, changes, event.id), changedAt };
}

/** The body before the carrier's change: what the scenario's failure replaced, or an older premium. */
function previousTerms(
  policy: AxlePolicy,
  scenario: Scenario,
  lenderName: string,
  random: Random,
): AxlePolicy {
  if (scenario === "cancelled" && policy.isActive === false) return { ...policy, isActive: true };
  if (scenario === "high-deductible")
    return {
      ...policy,
      coverages: policy.coverages.map((coverage) =>
        coverage.deductible && coverage.deductible > 1000 ? { ...coverage, deductible: 500 } : coverage,
      ),
    };
  if (scenario === "no-lienholder") {
    const address = { addressLine1: "PO Box 105205", city: "Atlanta", state: "GA" };
    return { ...policy, thirdParties: [{ type: "lienholder", name: lenderName.toUpperCase(), address }] };
  }
  return {
    ...policy,
    premium: Math.round(((policy.premium ?? 1000) - between(random, 40, 160)) * 100) / 100,
  };
}
