// What changed between two bodies of the same Axle object, field by field, in terms a person reads:
// "coverages.COLL[prp_1].deductible: 500 → 1000". Lists are matched by what identifies their items, not by
// position, so a reordered list is not a change.
import type { AxleAccount, AxlePolicy } from "./schemas";

export type Change = { field: string; from: unknown; to: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compareFields(
  changes: Change[],
  prefix: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: string[],
) {
  for (const field of fields) {
    // `in` keeps null and absent apart: absent → null is a change too.
    const from = field in before ? before[field] : undefined;
    const to = field in after ? after[field] : undefined;
    if (!same(from, to)) changes.push({ field: `${prefix}${field}`, from, to });
  }
}

function compareKeyed<T extends Record<string, unknown>>(
  changes: Change[],
  name: string,
  before: T[],
  after: T[],
  keyOf: (item: T) => string,
  fields: string[],
) {
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterByKey = new Map(after.map((item) => [keyOf(item), item]));
  for (const [key, item] of beforeByKey) {
    const next = afterByKey.get(key);
    if (!next) changes.push({ field: `${name}[${key}]`, from: item, to: undefined });
    else compareFields(changes, `${name}[${key}].`, item, next, fields);
  }
  for (const [key, item] of afterByKey)
    if (!beforeByKey.has(key)) changes.push({ field: `${name}[${key}]`, from: undefined, to: item });
}

export function diffPolicies(before: AxlePolicy | null, after: AxlePolicy): Change[] {
  if (!before) return [];
  const changes: Change[] = [];
  compareFields(changes, "", before, after, [
    "isActive",
    "policyNumber",
    "effectiveDate",
    "expirationDate",
    "premium",
    "carrier",
    "type",
  ]);
  compareKeyed(
    changes,
    "coverages",
    before.coverages,
    after.coverages,
    (c) => `${c.code}${c.property ? `@${c.property}` : ""}`,
    ["limitPerPerson", "limitPerAccident", "deductible"],
  );
  const vehicle = (p: AxlePolicy["properties"][number]) => ({
    id: p.id,
    ...(p.data as Record<string, unknown>),
  });
  compareKeyed(
    changes,
    "properties",
    before.properties.map(vehicle),
    after.properties.map(vehicle),
    (p) => String(p.id),
    ["vin", "make", "model", "year", "use"],
  );
  compareKeyed(
    changes,
    "thirdParties",
    before.thirdParties,
    after.thirdParties,
    (t) => `${t.type}:${t.name}`,
    ["property"],
  );
  compareKeyed(changes, "insureds", before.insureds, after.insureds, (i) => `${i.firstName} ${i.lastName}`, [
    "type",
    "property",
  ]);
  return changes;
}

export function diffAccounts(before: AxleAccount | null, after: AxleAccount): Change[] {
  if (!before) return [];
  const changes: Change[] = [];
  compareFields(changes, "", before, after, ["firstName", "lastName", "email", "phone", "carrier"]);
  compareFields(changes, "connection.", before.connection, after.connection, ["status"]);
  compareFields(
    changes,
    "",
    { policies: [...before.policies].sort() },
    { policies: [...after.policies].sort() },
    ["policies"],
  );
  return changes;
}
