// An auto policy as Axle returns it (lib/axle/schemas.ts), shaped like the twin's sandbox templates
// (axle-twin/src/seed/auto-policies.ts), with the term, limits, deductibles and lienholder the scenario calls for.
import type { AxlePolicy } from "@/lib/axle/schemas";
import { daysAfter, termBoundary } from "./dates";
import { between, pick, type Random } from "./random";
import type { Scenario } from "./scenarios";
import type { SeedVehicle } from "./vehicles";

export type SeedAddress = { addressLine1: string; city: string; state: string; postalCode: string };

export type PolicyBodyInput = {
  random: Random;
  now: Date;
  ids: { policy: string; account: string; property: string };
  carrier: string;
  insured: { firstName: string; lastName: string };
  lenderName: string;
  vehicle: SeedVehicle;
  address: SeedAddress;
  scenario: Scenario;
  /** When Axle first saw this policy (the borrower connected). */
  createdAt: Date;
  modifiedAt: Date;
  refreshedAt: Date;
};

const liabilityTiers = [
  { perPerson: 25_000, perAccident: 50_000, pd: 25_000 },
  { perPerson: 50_000, perAccident: 100_000, pd: 50_000 },
  { perPerson: 100_000, perAccident: 300_000, pd: 100_000 },
  { perPerson: 250_000, perAccident: 500_000, pd: 100_000 },
];

export function buildPolicyBody(input: PolicyBodyInput): AxlePolicy {
  const { random, scenario, ids, vehicle } = input;
  const term = termFor(random, input.now, scenario);
  const tier =
    scenario === "low-limits"
      ? { perPerson: 15_000, perAccident: 30_000, pd: 10_000 }
      : pick(random, liabilityTiers);
  const highDeductible = scenario === "high-deductible" ? pick(random, [1500, 2000, 2500]) : null;
  const compDeductible = highDeductible && random() < 0.5 ? highDeductible : pick(random, [250, 500, 1000]);
  const collDeductible =
    highDeductible && compDeductible !== highDeductible ? highDeductible : pick(random, [500, 1000]);
  return {
    id: ids.policy,
    account: ids.account,
    type: "auto",
    carrier: input.carrier,
    policyNumber: `${input.carrier.slice(0, 2).toUpperCase()}-${between(random, 100_000_000, 999_999_999)}`,
    isActive: term.isActive,
    effectiveDate: termBoundary(term.effective),
    expirationDate: termBoundary(term.expiration),
    premium: between(random, 600, 2600) + pick(random, [0, 0.5]),
    address: { ...input.address, addressLine2: null, country: "US" },
    properties: [
      {
        id: ids.property,
        type: "vehicle",
        data: {
          vin: vehicle.vin,
          make: vehicle.make,
          model: vehicle.model,
          year: String(vehicle.year),
          use: pick(random, ["commute", "pleasure", "commute", "business"]),
          bodyStyle: vehicle.bodyStyle,
        },
      },
    ],
    coverages: [
      {
        code: "BI",
        label: "Bodily Injury",
        limitPerPerson: tier.perPerson,
        limitPerAccident: tier.perAccident,
      },
      { code: "PD", label: "Property Damage", limitPerAccident: tier.pd },
      {
        code: "UMBI",
        label: "Uninsured Bodily Injury",
        limitPerPerson: tier.perPerson,
        limitPerAccident: tier.perAccident,
      },
      { code: "COMP", label: "Comprehensive", deductible: compDeductible, property: ids.property },
      { code: "COLL", label: "Collision", deductible: collDeductible, property: ids.property },
    ],
    insureds: insuredsFor(random, input.insured),
    thirdParties: thirdPartiesFor(input),
    documents: [
      {
        name: "Declaration Page",
        source: "carrier",
        type: ["declaration-page"],
        url: `https://api.axle.insure/documents/${ids.policy}/declaration-page.pdf`,
        createdAt: input.createdAt.toISOString(),
      },
    ],
    createdAt: input.createdAt.toISOString(),
    modifiedAt: input.modifiedAt.toISOString(),
    refreshedAt: input.refreshedAt.toISOString(),
  };
}

/** The current term: six or twelve months, placed so the scenario's expiry rules hold today. */
function termFor(random: Random, now: Date, scenario: Scenario) {
  const length = random() < 0.6 ? 182 : 365;
  let daysLeft = between(random, 31, length - 1);
  let isActive = true;
  if (scenario === "expiring") daysLeft = between(random, 2, 29);
  // Last evaluated when monitoring stopped (up to 60 days ago): the term had started by then.
  if (scenario === "descoped") daysLeft = between(random, 31, length - 62);
  if (scenario === "cancelled") {
    // Half were cancelled mid-term, half lapsed: the term ended and nothing renewed it.
    if (random() < 0.5) isActive = false;
    else daysLeft = -between(random, 1, 25);
  }
  const expiration = daysAfter(now, daysLeft);
  return { effective: daysAfter(expiration, -length), expiration, isActive };
}

function insuredsFor(random: Random, borrower: { firstName: string; lastName: string }) {
  const primary = {
    firstName: borrower.firstName,
    lastName: borrower.lastName,
    type: "primary",
    dateOfBirthYear: String(between(random, 1950, 2003)),
    dateOfBirth: null,
    licenseNo: `•••••${between(random, 1000, 9999)}`,
    licenseState: "GA",
  };
  if (random() > 0.3) return [primary];
  // A spouse or partner on the same policy, as about a third of household auto policies have.
  return [
    primary,
    {
      firstName: pick(random, ["Alex", "Sam", "Chris", "Taylor", "Morgan"]),
      lastName: borrower.lastName,
      type: "secondary",
    },
  ];
}

function thirdPartiesFor({ scenario, lenderName }: PolicyBodyInput) {
  if (scenario === "no-lienholder") return [];
  const address = { addressLine1: "PO Box 105205", city: "Atlanta", state: "GA", postalCode: "30348-5205" };
  const type = scenario === "lender-as-interest" ? "interest" : "lienholder";
  return [{ type, name: lenderName.toUpperCase(), address }];
}
