// What happens when a borrower finishes the hosted Ignition pages: the carrier account and the chosen policy
// come into being (or are found again), an access token reaches them, and a one-time authCode is issued.
import { newId } from "./ids";
import { buildRenewal } from "./seed/renewal";
import { buildFromTemplate, findTemplate } from "./seed/test-logins";
import { grantForAccount, nextTimestamp, saveGrant, type TwinStore } from "./store";
import type { AccessGrant, AxleAccount, AxlePolicy, IgnitionSession } from "./types";

const authCodeLifetimeMs = 10 * 60 * 1000;

type CompleteOptions = { store: TwinStore; session: IgnitionSession; publicUrl: string; now?: Date };

/** `result=link`: a carrier login. */
export function completeLink({ store, session, publicUrl, now = new Date() }: CompleteOptions) {
  const carrier = session.carrier ?? "state-farm";
  const key = `${carrier}|${session.username ?? ""}|${session.user?.id ?? ""}`;
  const accountId =
    store.carrierAccounts.get(key) ?? createAccount(store, { session, carrier, status: "active", now });
  store.carrierAccounts.set(key, accountId);

  const templateKey = session.selectedPolicy ?? "mercedes-c300";
  const existing = (store.accounts.get(accountId) as AxleAccount).policies.find(
    (id) => store.policyTemplates.get(id) === templateKey,
  );
  const policyId =
    existing ??
    addPolicy(
      store,
      accountId,
      buildFromTemplate({ key: templateKey, accountId, carrier, user: session.user, publicUrl, now }),
      templateKey,
    );
  if (!existing && findTemplate(templateKey)?.hasRenewal) {
    store.renewals.set(policyId, buildRenewal(store.policies.get(policyId) as AxlePolicy, now));
  }
  reconnect(store, accountId, now);
  return issueCode(store, { session, accountId, policyId, now });
}

export type ManualPolicyForm = {
  carrierName: string;
  policyNumber: string;
  effectiveDate: string;
  expirationDate: string;
  vin: string;
};

/**
 * `result=manual`: "my carrier is not listed". The borrower types the policy in (the sandbox's Policy Form
 * option). The account is `inactive` and the policy has no `isActive` at all: nobody asked a carrier.
 */
export function completeManual({
  store,
  session,
  publicUrl,
  now = new Date(),
  form,
}: CompleteOptions & { form: ManualPolicyForm }) {
  const accountId = createAccount(store, {
    session,
    carrier: "Other",
    status: "inactive",
    now,
    result: "manual",
  });
  const policyId = newId("pol");
  const timestamp = now.toISOString();
  const propertyId = newId("prp");
  const policy: AxlePolicy = {
    id: policyId,
    account: accountId,
    type: "auto",
    carrier: form.carrierName || "Other",
    policyNumber: form.policyNumber || null,
    effectiveDate: form.effectiveDate ? new Date(form.effectiveDate).toISOString() : null,
    expirationDate: form.expirationDate ? new Date(form.expirationDate).toISOString() : null,
    premium: null,
    address: null,
    properties: form.vin
      ? [
          {
            id: propertyId,
            type: "vehicle",
            data: { vin: form.vin.toUpperCase(), make: null, model: null, year: null, use: null },
          },
        ]
      : [],
    coverages: [],
    insureds:
      session.user?.firstName && session.user.lastName
        ? [{ firstName: session.user.firstName, lastName: session.user.lastName }]
        : [],
    thirdParties: [],
    documents: [
      {
        name: "Policy form",
        source: "user",
        type: ["policy-form"],
        url: `${publicUrl}/documents/${policyId}/policy-form.pdf`,
        createdAt: timestamp,
      },
    ],
    createdAt: timestamp,
    modifiedAt: timestamp,
    refreshedAt: timestamp,
    result: "manual",
  };
  addPolicy(store, accountId, policy, "manual");
  return issueCode(store, { session, accountId, policyId, now });
}

function createAccount(
  store: TwinStore,
  {
    session,
    carrier,
    status,
    now,
    result,
  }: { session: IgnitionSession; carrier: string; status: string; now: Date; result?: string },
): string {
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
    connection: { status, updatedAt: timestamp },
    createdAt: timestamp,
    modifiedAt: timestamp,
    refreshedAt: timestamp,
    ...(result ? { result } : {}),
  });
  return id;
}

function addPolicy(store: TwinStore, accountId: string, policy: AxlePolicy, templateKey: string): string {
  store.policies.set(policy.id, policy);
  store.policyTemplates.set(policy.id, templateKey);
  store.accounts.update(accountId, (account) => ({ ...account, policies: [...account.policies, policy.id] }));
  return policy.id;
}

/** Relinking the same carrier account reconnects it (§4). */
function reconnect(store: TwinStore, accountId: string, now: Date) {
  const account = store.accounts.get(accountId) as AxleAccount;
  if ((account.connection as { status: string }).status === "active") return;
  store.accounts.set(accountId, {
    ...account,
    connection: { status: "active", updatedAt: now.toISOString() },
    modifiedAt: nextTimestamp(account.modifiedAt, now),
  });
}

/** The same token for the same account (a relink), a new one otherwise; then a one-time code for it. */
function issueCode(
  store: TwinStore,
  {
    session,
    accountId,
    policyId,
    now,
  }: { session: IgnitionSession; accountId: string; policyId: string; now: Date },
) {
  const existing = grantForAccount(store, accountId);
  const grant: AccessGrant = {
    token: existing?.token ?? newId("tok"),
    clientId: session.clientId,
    accountId,
    policyIds: [...new Set([...(existing?.policyIds ?? []), policyId])],
    isMonitoring: true,
    webhookUri: session.webhookUri ?? existing?.webhookUri,
    user: session.user ?? existing?.user,
    metadata: session.metadata ?? existing?.metadata,
  };
  saveGrant(store, grant);
  const code = newId("cod");
  store.authCodes.set(code, {
    code,
    accessToken: grant.token,
    expiresAt: now.getTime() + authCodeLifetimeMs,
    isUsed: false,
  });
  return { authCode: code, grant };
}
