// The sandbox's home login (`user-home` / `pass-home`, Axle's API reference): active home policies, one of
// which has a renewal term. Axle does not publish home coverage codes or the dwelling schema; the twin's
// choices are in axle-twin/README.md.
import { newId } from "../ids";
import type { AxlePolicy } from "../types";
import { declarationPage, type PolicyBuildOptions, stampedNow, termDate } from "./policy-parts";

export type HomeTemplateKey = "fake-st-atlanta" | "sample-ln-decatur";

export const homePolicyTemplates: { key: HomeTemplateKey; label: string; hasRenewal: boolean }[] = [
  { key: "fake-st-atlanta", label: "123 Fake St., Atlanta, GA 30303", hasRenewal: true },
  { key: "sample-ln-decatur", label: "123 Sample Ln., Decatur, GA 30030", hasRenewal: false },
];

const addresses: Record<HomeTemplateKey, Record<string, string | null>> = {
  "fake-st-atlanta": {
    addressLine1: "123 Fake St.",
    addressLine2: null,
    city: "Atlanta",
    state: "GA",
    postalCode: "30303",
    country: "US",
  },
  "sample-ln-decatur": {
    addressLine1: "123 Sample Ln.",
    addressLine2: null,
    city: "Decatur",
    state: "GA",
    postalCode: "30030",
    country: "US",
  },
};

export function buildHomePolicy({
  key,
  accountId,
  carrier,
  user,
  publicUrl,
  now,
  random,
}: PolicyBuildOptions<HomeTemplateKey>): AxlePolicy {
  const id = newId("pol", random);
  const timestamp = now.toISOString();
  const address = addresses[key];
  return {
    id,
    account: accountId,
    type: "home",
    carrier,
    policyNumber: `H-${id.slice(4, 14).toUpperCase()}`,
    isActive: true,
    // A one-year term that started 300 days ago: the renewal is due in about two months.
    effectiveDate: termDate(now, -300),
    expirationDate: termDate(now, 65),
    premium: key === "fake-st-atlanta" ? 1840 : 1312.75,
    address,
    properties: [
      {
        id: newId("prp", random),
        type: "dwelling",
        data: { ...address, yearBuilt: "1998", construction: "frame" },
      },
    ],
    coverages: [
      { code: "DWELL", label: "Dwelling", limitPerAccident: 350000, deductible: 1000 },
      { code: "OTHER", label: "Other Structures", limitPerAccident: 35000 },
      { code: "PERS", label: "Personal Property", limitPerAccident: 175000, deductible: 1000 },
      { code: "LOSS", label: "Loss of Use", limitPerAccident: 70000 },
      { code: "LIAB", label: "Personal Liability", limitPerAccident: 300000 },
      { code: "MEDPAY", label: "Medical Payments to Others", limitPerPerson: 5000 },
    ],
    insureds: [
      {
        firstName: user?.firstName ?? "Jane",
        lastName: user?.lastName ?? "Doe",
        type: "primary",
        dateOfBirthYear: null,
        dateOfBirth: null,
        licenseNo: null,
        licenseState: null,
      },
    ],
    // Axle has no `mortgagee` type; a mortgagee arrives as an unclassified interest.
    thirdParties: [
      {
        type: "interest",
        name: "Coverwatch Demo Mortgage Co",
        address: { addressLine1: "PO Box 7700", city: "Atlanta", state: "GA", postalCode: "30357" },
      },
    ],
    documents: [declarationPage(publicUrl, id, timestamp)],
    ...stampedNow(now),
  };
}
