// What happens when a borrower finishes the hosted Ignition pages: the carrier account and the chosen policy
// come into being (or are found again), an access token reaches them, and a one-time authCode is issued.
import { newId } from "./ids";
import { buildAutoPolicy, type PolicyTemplateKey } from "./seed/auto-policies";
import { nextTimestamp, type TwinStore } from "./store";
import type { AccessGrant, AxleAccount, IgnitionSession } from "./types";

const authCodeLifetimeMs = 10 * 60 * 1000;

type CompleteOptions = { store: TwinStore; session: IgnitionSession; publicUrl: string; now?: Date };

export function completeLink({ store, session, publicUrl, now = new Date() }: CompleteOptions) {
  const carrier = session.carrier ?? "state-farm";
  const login = session.username ?? "user-auto";
  const key = `${carrier}|${login}|${session.user?.id ?? ""}`;
  const accountId = store.carrierAccounts.get(key) ?? createAccount(store, session, carrier, now);
  store.carrierAccounts.set(key, accountId);
  const templateKey = (session.selectedPolicy ?? "mercedes-c300") as PolicyTemplateKey;
  const policyId = findOrCreatePolicy({
    store,
    account: store.accounts.get(accountId) as AxleAccount,
    templateKey,
    session,
    publicUrl,
    now,
  });

  // Relinking the same carrier account returns the same token and reconnects it (§4).
  let grant = [...store.grants.values()].find((candidate) => candidate.accountId === accountId);
  if (!grant) {
    grant = { token: newId("tok"), clientId: session.clientId, accountId, policyIds: [], isMonitoring: true };
    store.grants.set(grant.token, grant);
  }
  const updatedGrant: AccessGrant = {
    ...grant,
    policyIds: [...new Set([...grant.policyIds, policyId])],
    isMonitoring: true,
    webhookUri: session.webhookUri ?? grant.webhookUri,
    user: session.user ?? grant.user,
    metadata: session.metadata ?? grant.metadata,
  };
  store.grants.set(updatedGrant.token, updatedGrant);
  reconnect(store, accountId, now);

  const code = newId("cod");
  store.authCodes.set(code, {
    code,
    accessToken: updatedGrant.token,
    expiresAt: now.getTime() + authCodeLifetimeMs,
    isUsed: false,
  });
  return { authCode: code, grant: updatedGrant };
}

function createAccount(store: TwinStore, session: IgnitionSession, carrier: string, now: Date): string {
  const id = newId("acc");
  const timestamp = now.toISOString();
  store.accounts.set(id, {
    id,
    carrier,
    firstName: session.user?.firstName ?? null,
    lastName: session.user?.lastName ?? null,
    email: session.user?.email ?? null,
    phone: session.user?.phone ?? null,
    policies: [],
    connection: { status: "active", updatedAt: timestamp },
    createdAt: timestamp,
    modifiedAt: timestamp,
    refreshedAt: timestamp,
  });
  return id;
}

type PolicyOptions = {
  store: TwinStore;
  account: AxleAccount;
  templateKey: PolicyTemplateKey;
  session: IgnitionSession;
  publicUrl: string;
  now: Date;
};

/** One policy per template on an account: picking the same policy again returns the same id. */
function findOrCreatePolicy({ store, account, templateKey, session, publicUrl, now }: PolicyOptions): string {
  const existing = account.policies.find((id) => store.policyTemplates.get(id) === templateKey);
  if (existing) return existing;
  const policy = buildAutoPolicy({
    key: templateKey,
    accountId: account.id,
    carrier: account.carrier as string,
    user: session.user,
    publicUrl,
    now,
  });
  store.policies.set(policy.id, policy);
  store.policyTemplates.set(policy.id, templateKey);
  store.accounts.set(account.id, { ...account, policies: [...account.policies, policy.id] });
  return policy.id;
}

function reconnect(store: TwinStore, accountId: string, now: Date) {
  const account = store.accounts.get(accountId) as AxleAccount;
  const connection = account.connection as { status: string };
  if (connection.status === "active") return;
  store.accounts.set(accountId, {
    ...account,
    connection: { status: "active", updatedAt: now.toISOString() },
    modifiedAt: nextTimestamp(account.modifiedAt, now),
  });
}
