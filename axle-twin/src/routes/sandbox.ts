// POST /sandbox/{accounts|policies}/{id}/event: change an object and announce it (../shared/axle-api.md §9).
import { requireClient, requireGrant, type TwinContext } from "../context";
import { errors, isPlainObject, readJson, sendData } from "../http";
import type { Router } from "../router";
import { nextTimestamp } from "../store";
import type { AccessGrant, JsonObject } from "../types";
import { sessionContext } from "../webhooks";

/** Fields the caller may not rewrite: identity and Axle's own timestamps. */
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

function applyChange<T extends JsonObject>(object: T, patch: unknown): T {
  if (!isPlainObject(patch)) throw errors.badRequest("Body must be an object of fields to change");
  const allowed = Object.fromEntries(Object.entries(patch).filter(([key]) => !protectedFields.has(key)));
  const changed = mergeInto(object, allowed) as T;
  const timestamp = nextTimestamp(object.modifiedAt);
  return { ...changed, modifiedAt: timestamp, refreshedAt: timestamp };
}

function announce(context: TwinContext, grant: AccessGrant, type: string, data: Record<string, unknown>) {
  if (!grant.isMonitoring || !grant.webhookUri) return;
  context.webhooks.send(grant.webhookUri, type, { ...sessionContext(grant.clientId, grant), ...data });
}

export function registerSandboxRoutes(router: Router, context: TwinContext) {
  router.on("POST", "/sandbox/policies/:id/event", async ({ req, res, params }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const policy = context.store.policies.get(params.id ?? "");
    if (!policy) throw errors.notFound("Policy not found");
    if (!grant.policyIds.includes(policy.id))
      throw errors.forbidden("This access token cannot change that policy");
    const updated = applyChange(policy, await readJson(req));
    context.store.policies.set(updated.id, updated);
    announce(context, grant, "policy.modified", { account: updated.account, ref: updated.id });
    sendData(res, {});
  });

  router.on("POST", "/sandbox/accounts/:id/event", async ({ req, res, params }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const account = context.store.accounts.get(params.id ?? "");
    if (!account) throw errors.notFound("Account not found");
    if (grant.accountId !== account.id)
      throw errors.forbidden("This access token cannot change that account");
    const updated = applyChange(account, await readJson(req));
    context.store.accounts.set(updated.id, updated);
    const status = (updated.connection as { status?: string } | undefined)?.status;
    if (status && status !== "active") {
      announce(context, grant, "account.disconnected", { ref: updated.id, status });
    } else {
      announce(context, grant, "account.modified", { ref: updated.id });
    }
    sendData(res, {});
  });
}
