// The twin's state: journaled maps (see persistence.ts) of everything Axle would hold for one client.
import { Journal, JournaledMap } from "./persistence";
import type {
  AccessGrant,
  AccountControl,
  AuthCode,
  AxleAccount,
  AxlePolicy,
  IgnitionSession,
  WebhookDelivery,
} from "./types";

export type TwinStore = {
  ignitionSessions: JournaledMap<IgnitionSession>;
  authCodes: JournaledMap<AuthCode>;
  grants: JournaledMap<AccessGrant>;
  /** account id → its access token (one token per carrier account, §4). */
  accountTokens: JournaledMap<string>;
  accounts: JournaledMap<AxleAccount>;
  policies: JournaledMap<AxlePolicy>;
  /** The renewal term of a policy, when one is published (`GET /policies/{id}?term=renewal`). */
  renewals: JournaledMap<AxlePolicy>;
  /** Which sandbox template a policy was made from (the twin's bookkeeping, never served). */
  policyTemplates: JournaledMap<string>;
  /** carrier + login + user.id → account id: relinking the same carrier account finds the same account. */
  carrierAccounts: JournaledMap<string>;
  /** Per-account switches of the twin itself, e.g. a stale connection that stops refreshing. */
  accountControls: JournaledMap<AccountControl>;
  /** Recent webhook deliveries, newest last (not persisted: a log, not state). */
  deliveries: WebhookDelivery[];
};

const collections = [
  "ignitionSessions",
  "authCodes",
  "grants",
  "accountTokens",
  "accounts",
  "policies",
  "renewals",
  "policyTemplates",
  "carrierAccounts",
  "accountControls",
] as const;

export function createStore(): TwinStore {
  const store = Object.fromEntries(collections.map((name) => [name, new JournaledMap(name)])) as Omit<
    TwinStore,
    "deliveries"
  >;
  return { ...store, deliveries: [] };
}

function maps(store: TwinStore): JournaledMap<unknown>[] {
  return collections.map((name) => store[name] as JournaledMap<unknown>);
}

/** The grant that reaches an account, if it was ever linked. */
export function grantForAccount(store: TwinStore, accountId: string): AccessGrant | undefined {
  const token = store.accountTokens.get(accountId);
  return token ? store.grants.get(token) : undefined;
}

/** Stores a grant and indexes it by account. */
export function saveGrant(store: TwinStore, grant: AccessGrant) {
  store.grants.set(grant.token, grant);
  store.accountTokens.set(grant.accountId, grant.token);
}

/** Replays the journal over the (seeded) store, then journals every later change. */
export function attachJournal(store: TwinStore, journal: Journal) {
  const byName = new Map(maps(store).map((map) => [map.collection, map]));
  const entries = journal.read();
  for (const entry of entries) byName.get(entry.c)?.replay(entry);
  journal.compact(entries);
  for (const map of maps(store)) map.journal = journal;
}

/** Empties every collection (before re-seeding on reset). */
export function clearStore(store: TwinStore) {
  for (const map of maps(store)) {
    const journal = map.journal;
    map.journal = null;
    map.clear();
    map.journal = journal;
  }
  store.deliveries.length = 0;
}

/** Timestamps that always move forward, even for two changes within one millisecond. */
export function nextTimestamp(previous: unknown, now = new Date()): string {
  const last = typeof previous === "string" ? Date.parse(previous) : Number.NaN;
  const next = Number.isNaN(last) || now.getTime() > last ? now.getTime() : last + 1;
  return new Date(next).toISOString();
}

export { Journal };
