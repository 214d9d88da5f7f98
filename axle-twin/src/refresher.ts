// Axle refreshes every connection in the background (about daily), advancing `refreshedAt` even when nothing
// changed, and sends no event for it. The twin does the same on a schedule compressed by a time scale (scale
// 86400 = "a day" per second). A stale connection (setStale) is skipped, as is any account that is not active.
// Policies that come within the renewal lead time of expiring get a renewal term, announced.
import { publishRenewal } from "./changes";
import type { TwinContext } from "./context";
import type { AxleAccount } from "./types";

export type RefresherOptions = { intervalMs: number; renewalLeadDays: number };

const day = 24 * 60 * 60 * 1000;

export function refreshAll(context: TwinContext, renewalLeadDays: number, now = new Date()) {
  const { store } = context;
  const timestamp = now.toISOString();
  let refreshed = 0;
  for (const account of store.accounts.values()) {
    if (store.accountControls.get(account.id)?.isStale) continue;
    if ((account.connection as { status?: string }).status !== "active") continue;
    store.accounts.set(account.id, { ...account, refreshedAt: timestamp } as AxleAccount);
    for (const policyId of account.policies) {
      const policy = store.policies.get(policyId);
      if (!policy) continue;
      store.policies.set(policyId, { ...policy, refreshedAt: timestamp });
      const expiresAt =
        typeof policy.expirationDate === "string" ? Date.parse(policy.expirationDate) : Number.NaN;
      if (!store.renewals.has(policyId) && expiresAt - now.getTime() < renewalLeadDays * day)
        publishRenewal(context, policyId, now);
    }
    refreshed += 1;
  }
  return refreshed;
}

export function startRefresher(context: TwinContext, { intervalMs, renewalLeadDays }: RefresherOptions) {
  const timer = setInterval(() => refreshAll(context, renewalLeadDays), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
