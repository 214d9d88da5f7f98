// The twin's state, in memory. Issue #3 adds persistence across restarts and seeding at scale.
import type {
  AccessGrant,
  AuthCode,
  AxleAccount,
  AxlePolicy,
  IgnitionSession,
  WebhookDelivery,
} from "./types";

export type TwinStore = {
  ignitionSessions: Map<string, IgnitionSession>;
  authCodes: Map<string, AuthCode>;
  grants: Map<string, AccessGrant>;
  accounts: Map<string, AxleAccount>;
  policies: Map<string, AxlePolicy>;
  /** Which sandbox template a policy was made from (the twin's bookkeeping, never served). */
  policyTemplates: Map<string, string>;
  /** carrier + login + user.id → account id: relinking the same carrier account finds the same account. */
  carrierAccounts: Map<string, string>;
  deliveries: WebhookDelivery[];
};

export function createStore(): TwinStore {
  return {
    ignitionSessions: new Map(),
    authCodes: new Map(),
    grants: new Map(),
    accounts: new Map(),
    policies: new Map(),
    policyTemplates: new Map(),
    carrierAccounts: new Map(),
    deliveries: [],
  };
}

/** Timestamps that always move forward, even for two changes within one millisecond. */
export function nextTimestamp(previous: unknown, now = new Date()): string {
  const last = typeof previous === "string" ? Date.parse(previous) : Number.NaN;
  const next = Number.isNaN(last) || now.getTime() > last ? now.getTime() : last + 1;
  return new Date(next).toISOString();
}
