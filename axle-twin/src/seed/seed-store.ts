// The twin's seeded state: N linked accounts, each with one auto policy and an access token, all derived from
// the seed (same seed, same ids, tokens and data; dates count from the start of the current UTC day so the
// policies stay current). Used for benchmarks at scale; the default is none.
import { newId } from "../ids";
import { seededRandom } from "../random";
import { saveGrant, type TwinStore } from "../store";
import { autoPolicyTemplates, buildAutoPolicy } from "./auto-policies";
import { carriers } from "./carriers";

export type SeedOptions = {
  seed: string;
  accounts: number;
  clientId: string;
  publicUrl: string;
  /** Where monitoring events for seeded accounts go (none when unset). */
  webhookUri?: string;
};

const firstNames = [
  "Avery",
  "Jordan",
  "Riley",
  "Morgan",
  "Casey",
  "Taylor",
  "Jamie",
  "Quinn",
  "Drew",
  "Skyler",
];
const lastNames = [
  "Nguyen",
  "Garcia",
  "Smith",
  "Patel",
  "Johnson",
  "Kim",
  "Brown",
  "Lopez",
  "Walker",
  "Chen",
];

export function seedStore(
  store: TwinStore,
  { seed, accounts, clientId, publicUrl, webhookUri }: SeedOptions,
) {
  const random = seededRandom(seed);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  const timestamp = today.toISOString();
  for (let index = 0; index < accounts; index++) {
    const carrier = carriers[index % carriers.length]?.id ?? "state-farm";
    const template = autoPolicyTemplates[index % autoPolicyTemplates.length]?.key ?? "mercedes-c300";
    const user = {
      id: `seed-user-${index}`,
      firstName: firstNames[Math.floor(random() * firstNames.length)],
      lastName: lastNames[Math.floor(random() * lastNames.length)],
    };
    const accountId = newId("acc", random);
    const policy = buildAutoPolicy({
      key: template,
      accountId,
      carrier,
      user,
      publicUrl,
      now: today,
      random,
    });
    store.accounts.set(accountId, {
      id: accountId,
      carrier,
      firstName: user.firstName ?? null,
      lastName: user.lastName ?? null,
      email: `${user.id}@example.com`,
      phone: null,
      policies: [policy.id],
      connection: { status: "active", updatedAt: timestamp },
      createdAt: timestamp,
      modifiedAt: timestamp,
      refreshedAt: timestamp,
    });
    store.policies.set(policy.id, policy);
    store.policyTemplates.set(policy.id, template);
    store.carrierAccounts.set(`${carrier}|seed|${user.id}`, accountId);
    const token = newId("tok", random);
    saveGrant(store, {
      token,
      clientId,
      accountId,
      policyIds: [policy.id],
      isMonitoring: true,
      webhookUri,
      user,
      metadata: {},
    });
  }
}
