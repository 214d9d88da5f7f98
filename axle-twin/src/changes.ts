// Changing what the carrier holds, and telling the client: the one path behind the sandbox endpoints, the
// control panel, the admin API and the refresher. Announcements follow Axle's API reference
import type { TwinContext } from "./context";
import { errors, isPlainObject } from "./http";
import { buildRenewal } from "./seed/renewal";
import { grantForAccount, nextTimestamp } from "./store";
import type { AxleAccount, AxlePolicy, JsonObject } from "./types";
import { sessionContext } from "./webhooks";

/** Fields a change may not rewrite: identity and Axle's own timestamps. */
const protectedFields = new Set(["id", "account", "policies", "createdAt", "modifiedAt", "refreshedAt"]);

/** Objects merge key by key (so `{ address: { city } }` keeps the rest); everything else replaces. */
export function mergeInto(target: JsonObject, patch: Record<string, unknown>): JsonObject {
  const merged: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(current) ? mergeInto(current, value) : value;
  }
  return merged;
}

function applyPatch<T extends JsonObject>(object: T, patch: unknown, now: Date): T {
  if (!isPlainObject(patch)) throw errors.badRequest("Body must be an object of fields to change");
  const allowed = Object.fromEntries(Object.entries(patch).filter(([key]) => !protectedFields.has(key)));
  const timestamp = nextTimestamp(object.modifiedAt, now);
  const changed = mergeInto(object, allowed) as T;
  // A connection change carries its own time (§5.1).
  if (isPlainObject(allowed.connection))
    (changed as JsonObject).connection = { ...(changed.connection as JsonObject), updatedAt: timestamp };
  return { ...changed, modifiedAt: timestamp, refreshedAt: timestamp };
}

export function announce(
  context: TwinContext,
  accountId: string,
  type: string,
  data: Record<string, unknown>,
) {
  const grant = grantForAccount(context.store, accountId);
  if (!grant?.isMonitoring || !grant.webhookUri) return;
  context.webhooks.send(grant.webhookUri, type, { ...sessionContext(grant.clientId, grant), ...data });
}

export function changePolicy(
  context: TwinContext,
  policyId: string,
  patch: unknown,
  now = new Date(),
): AxlePolicy {
  const policy = context.store.policies.get(policyId);
  if (!policy) throw errors.notFound("Policy not found");
  const updated = applyPatch(policy, patch, now);
  context.store.policies.set(policyId, updated);
  announce(context, updated.account, "policy.modified", { account: updated.account, ref: policyId });
  return updated;
}

export function changeAccount(
  context: TwinContext,
  accountId: string,
  patch: unknown,
  now = new Date(),
): AxleAccount {
  const account = context.store.accounts.get(accountId);
  if (!account) throw errors.notFound("Account not found");
  const updated = applyPatch(account, patch, now);
  context.store.accounts.set(accountId, updated);
  const status = (updated.connection as { status?: string } | undefined)?.status;
  if (status && status !== "active" && status !== (account.connection as { status?: string }).status) {
    announce(context, accountId, "account.disconnected", { ref: accountId, status });
  } else {
    announce(context, accountId, "account.modified", { ref: accountId });
  }
  return updated;
}

/** Publishes the next term of a policy and announces `policy.renewal-available` (added May 18 2026). */
export function publishRenewal(context: TwinContext, policyId: string, now = new Date()): AxlePolicy {
  const policy = context.store.policies.get(policyId);
  if (!policy) throw errors.notFound("Policy not found");
  const renewal = buildRenewal(policy, now);
  context.store.renewals.set(policyId, renewal);
  announce(context, policy.account, "policy.renewal-available", { account: policy.account, ref: policyId });
  return renewal;
}

/** A stale connection: the twin stops refreshing it, as Axle does while it repairs one. */
export function setStale(context: TwinContext, accountId: string, isStale: boolean) {
  if (!context.store.accounts.has(accountId)) throw errors.notFound("Account not found");
  context.store.accountControls.set(accountId, { isStale });
}
