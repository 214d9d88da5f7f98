// A stored field-level change (lib/axle/diff.ts) as a sentence an officer reads on the borrower's timeline:
// "Collision deductible on 2019 Mercedes-Benz C 300: $500 → $1,500". The snapshot's own body names the
// vehicles the change refers to.
import { connectionStatusLabel } from "./connection-status-labels";
import type { Change } from "./diff";
import {
  coverageLabel,
  coverageSummary,
  dateOrMissing,
  describeMissing,
  moneyOrMissing,
  thirdPartyTypeLabels,
  vehicleName,
} from "./policy-words";

type Item = Record<string, unknown>;
type Body = { properties?: unknown; coverages?: unknown };

const topLevel: Record<string, { label: string; format: (value: unknown) => string }> = {
  isActive: {
    label: "Carrier's status",
    format: (value) => describeMissing(value) ?? (value ? "active" : "inactive"),
  },
  policyNumber: { label: "Policy number", format: plain },
  effectiveDate: { label: "Effective date", format: dateOrMissing },
  expirationDate: { label: "Expiration date", format: dateOrMissing },
  premium: { label: "Premium", format: moneyOrMissing },
  carrier: { label: "Carrier", format: plain },
  type: { label: "Policy type", format: plain },
  firstName: { label: "First name on the carrier account", format: plain },
  lastName: { label: "Last name on the carrier account", format: plain },
  email: { label: "Email on the carrier account", format: plain },
  phone: { label: "Phone on the carrier account", format: plain },
  "connection.status": {
    label: "Connection",
    format: (value) => describeMissing(value) ?? connectionStatusLabel(String(value)),
  },
  policies: {
    label: "Policies shared",
    format: (value) => (Array.isArray(value) ? `${value.length}` : plain(value)),
  },
};

const coverageFields: Record<string, { label: string; format: (value: unknown) => string }> = {
  limitPerPerson: { label: "limit per person", format: moneyOrMissing },
  limitPerAccident: { label: "limit per accident", format: moneyOrMissing },
  deductible: { label: "deductible", format: moneyOrMissing },
};

function plain(value: unknown): string {
  return describeMissing(value) ?? String(value);
}

const arrow = (from: string, to: string) => `${from} → ${to}`;

/** The vehicles a snapshot knows, by property id, plus any the change itself removed. */
function vehicleNames(body: Body, changes: Change[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (property: unknown) => {
    const item = property as Item | null;
    if (item && typeof item.id === "string")
      names.set(item.id, vehicleName((item.data as Item | undefined) ?? item));
  };
  if (Array.isArray(body.properties)) body.properties.forEach(add);
  for (const change of changes)
    if (change.field.startsWith("properties[")) {
      add(change.from);
      add(change.to);
    }
  return names;
}

function coverageLabelFor(body: Body, key: string, change: Change): string {
  const item = (change.to ?? change.from) as Item | undefined;
  if (item && typeof item === "object" && "code" in item) return coverageLabel(item);
  const code = key.split("@")[0] ?? key;
  const known = Array.isArray(body.coverages)
    ? (body.coverages as Item[]).find((coverage) => coverage.code === code)
    : undefined;
  return coverageLabel(known ?? { code });
}

function onVehicle(vehicles: Map<string, string>, propertyId: string | undefined): string {
  if (!propertyId) return "";
  return ` on ${vehicles.get(propertyId) ?? "a vehicle no longer listed"}`;
}

function describeListChange(
  list: string,
  key: string,
  field: string | undefined,
  change: Change,
  body: Body,
  vehicles: Map<string, string>,
): string {
  const added = change.from === undefined;
  const item = (added ? change.to : change.from) as Item;
  switch (list) {
    case "coverages": {
      const propertyId = key.includes("@") ? key.slice(key.indexOf("@") + 1) : undefined;
      const label = coverageLabelFor(body, key, change);
      const where = onVehicle(vehicles, propertyId);
      if (!field)
        return added ? `${label} added${where}: ${coverageSummary(item)}` : `${label} removed${where}`;
      const known = coverageFields[field];
      if (!known) return `${label} ${field}${where}: ${arrow(plain(change.from), plain(change.to))}`;
      return `${label} ${known.label}${where}: ${arrow(known.format(change.from), known.format(change.to))}`;
    }
    case "properties": {
      const name = vehicles.get(key) ?? "a vehicle";
      if (!field) {
        const vin = typeof item?.vin === "string" ? ` (VIN ${item.vin})` : "";
        return `${added ? "Vehicle added" : "Vehicle removed"}: ${name}${vin}`;
      }
      const label = field === "vin" ? "VIN" : field.charAt(0).toUpperCase() + field.slice(1);
      return `${label} of ${name}: ${arrow(plain(change.from), plain(change.to))}`;
    }
    case "thirdParties": {
      const [type = "interest", ...rest] = key.split(":");
      const label = thirdPartyTypeLabels[type] ?? type;
      const name = rest.join(":");
      if (!field) return `${label} ${added ? "added" : "removed"}: ${name}`;
      return `${label} ${name}: now applies${onVehicle(vehicles, change.to as string | undefined) || " to every vehicle"}`;
    }
    case "insureds": {
      if (!field) return `Insured ${added ? "added" : "removed"}: ${key}`;
      if (field === "type") return `${key} is now ${plain(change.to)} insured (was ${plain(change.from)})`;
      return `Insured ${key}: now applies${onVehicle(vehicles, change.to as string | undefined) || " to every vehicle"}`;
    }
    default:
      return `${list} ${key}${field ? ` ${field}` : ""}: ${arrow(plain(change.from), plain(change.to))}`;
  }
}

const listField = /^(coverages|properties|thirdParties|insureds)\[(.*)\](?:\.(\w+))?$/;

/** Every change of one snapshot in words, in the order the diff stored them. */
export function describeChanges(changes: Change[], snapshot: object): string[] {
  const body = snapshot as Body;
  const vehicles = vehicleNames(body, changes);
  return changes.map((change) => {
    const list = listField.exec(change.field);
    if (list) return describeListChange(list[1] ?? "", list[2] ?? "", list[3], change, body, vehicles);
    const known = topLevel[change.field];
    if (known) return `${known.label}: ${arrow(known.format(change.from), known.format(change.to))}`;
    return `${change.field}: ${arrow(plain(change.from), plain(change.to))}`;
  });
}
