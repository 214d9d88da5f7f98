// The sandbox's `user-auto` / `pass-auto` login (Axle's API reference): six auto policies, each a template
// that becomes a real Policy with fresh ids when a borrower picks it during Ignition.
import { newId } from "../ids";
import type { AxlePolicy } from "../types";
import { declarationPage, type PolicyBuildOptions, stampedNow, termDate } from "./policy-parts";
import { withCheckDigit } from "./vin";

export type PolicyTemplateKey =
  | "mercedes-c300"
  | "hyundai-sonata"
  | "missing-expiration"
  | "missing-documents"
  | "missing-details"
  | "state-minimum";

export const autoPolicyTemplates: { key: PolicyTemplateKey; label: string }[] = [
  { key: "mercedes-c300", label: "2019 Mercedes-Benz C 300" },
  { key: "hyundai-sonata", label: "2013 Hyundai Sonata" },
  { key: "missing-expiration", label: "Missing expiration date" },
  { key: "missing-documents", label: "Missing documents" },
  { key: "missing-details", label: "Missing several policy details and no documents" },
  { key: "state-minimum", label: "State Minimum" },
];

export function buildAutoPolicy({
  key,
  accountId,
  carrier,
  user,
  publicUrl,
  now,
  random,
}: PolicyBuildOptions<PolicyTemplateKey>): AxlePolicy {
  const id = newId("pol", random);
  const propertyId = newId("prp", random);
  const timestamp = now.toISOString();
  // A six-month term that started three months ago: active today, expiring in about three months.
  const effectiveDate = termDate(now, -90);
  const expirationDate = termDate(now, 92);
  const vehicle = vehicles[key];
  const insured = {
    firstName: user?.firstName ?? "John",
    lastName: user?.lastName ?? "Smith",
    type: "primary",
    dateOfBirthYear: "1988",
    dateOfBirth: null,
    licenseNo: "•••••4821",
    licenseState: "GA",
  };
  const base: AxlePolicy = {
    id,
    account: accountId,
    type: "auto",
    carrier,
    policyNumber: `${carrier.slice(0, 2).toUpperCase()}-${id.slice(4, 13).toUpperCase()}`,
    isActive: true,
    effectiveDate,
    expirationDate,
    premium: 1245.5,
    address: {
      addressLine1: "123 Fake St.",
      addressLine2: null,
      city: "Atlanta",
      state: "GA",
      postalCode: "30315",
      country: "US",
    },
    properties: [{ id: propertyId, type: "vehicle", data: vehicle }],
    coverages: [
      { code: "BI", label: "Bodily Injury", limitPerPerson: 100000, limitPerAccident: 300000 },
      { code: "PD", label: "Property Damage", limitPerAccident: 100000 },
      { code: "UMBI", label: "Uninsured Bodily Injury", limitPerPerson: 50000, limitPerAccident: 100000 },
      { code: "COMP", label: "Comprehensive", deductible: 500, property: propertyId },
      { code: "COLL", label: "Collision", deductible: 500, property: propertyId },
    ],
    insureds: [insured],
    thirdParties: [
      {
        type: "lienholder",
        name: "Coverwatch Demo Lending LLC",
        address: { addressLine1: "PO Box 105205", city: "Atlanta", state: "GA", postalCode: "30348-5205" },
      },
    ],
    documents: [declarationPage(publicUrl, id, timestamp)],
    ...stampedNow(now),
  };
  return applyVariant(key, base);
}

const vehicles: Record<PolicyTemplateKey, Record<string, string>> = {
  "mercedes-c300": vehicle("WDDWF8DB0KR487215", "Mercedes-Benz", "C 300", "2019", "sedan"),
  "hyundai-sonata": vehicle("5NPEB4AC0DH612873", "Hyundai", "Sonata", "2013", "sedan"),
  "missing-expiration": vehicle("1HGCV1F30LA004512", "Honda", "Accord", "2020", "sedan"),
  "missing-documents": vehicle("JTDKN3DU0A0198463", "Toyota", "Prius", "2010", "hatchback"),
  "missing-details": vehicle("1FTEW1EP0KFA73520", "Ford", "F-150", "2019", "pickup"),
  "state-minimum": vehicle("2T1BURHE0FC319764", "Toyota", "Corolla", "2015", "sedan"),
};

/** The VIN of a sandbox template's vehicle (fixed per template, so a loan file can name it). */
export function sandboxVin(key: PolicyTemplateKey): string {
  return vehicles[key].vin as string;
}

function vehicle(vin: string, make: string, model: string, year: string, bodyStyle: string) {
  return { vin: withCheckDigit(vin), make, model, year, use: "pleasure", bodyStyle };
}

function applyVariant(key: PolicyTemplateKey, policy: AxlePolicy): AxlePolicy {
  switch (key) {
    case "missing-expiration":
      return { ...policy, expirationDate: null };
    case "missing-documents":
      return { ...policy, documents: [] };
    case "missing-details":
      // Axle: "no coverages, expiration, insureds or premium", and no documents.
      return { ...policy, coverages: [], expirationDate: null, insureds: [], premium: null, documents: [] };
    case "state-minimum":
      return {
        ...policy,
        premium: 612,
        coverages: [
          { code: "BI", label: "Bodily Injury", limitPerPerson: 25000, limitPerAccident: 50000 },
          { code: "PD", label: "Property Damage", limitPerAccident: 25000 },
        ],
        thirdParties: [],
      };
    default:
      return policy;
  }
}
