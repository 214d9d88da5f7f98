// Who a seeded borrower is: name, contact details, address, lender and loan reference.
import { firstNames, lastNames, lenders } from "./names";
import { between, pick, type Random } from "./random";

export type SeedIdentity = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  loanReference: string;
  lenderName: string;
  address: { addressLine1: string; city: string; state: string; postalCode: string };
};

const cities = [
  { city: "Atlanta", state: "GA", zip: 303 },
  { city: "Dallas", state: "TX", zip: 752 },
  { city: "Phoenix", state: "AZ", zip: 850 },
  { city: "Columbus", state: "OH", zip: 432 },
  { city: "Charlotte", state: "NC", zip: 282 },
  { city: "Denver", state: "CO", zip: 802 },
  { city: "Nashville", state: "TN", zip: 372 },
  { city: "Tampa", state: "FL", zip: 336 },
  { city: "Sacramento", state: "CA", zip: 958 },
  { city: "Indianapolis", state: "IN", zip: 462 },
];
const streets = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Lakeview", "Hillcrest", "Main", "Park", "Sunset"];
const suffixes = ["St", "Ave", "Dr", "Ln", "Ct", "Blvd"];
const mailDomains = ["example.com", "example.org", "example.net"];
/** Loan references look like a core banking system's: a prefix and a zero-padded number. */
export const loanReferencePrefix = "LN-";

export function loanReference(loanNumber: number): string {
  return `${loanReferencePrefix}${String(loanNumber).padStart(7, "0")}`;
}

export function seedIdentity(random: Random, loanNumber: number): SeedIdentity {
  const firstName = pick(random, firstNames);
  const lastName = pick(random, lastNames);
  const place = pick(random, cities);
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  return {
    firstName,
    lastName,
    // The loan number keeps emails distinct, as two borrowers may share a name.
    email: `${local}${loanNumber % 10_000}@${pick(random, mailDomains)}`,
    phone: `+1${between(random, 201, 989)}555${String(between(random, 0, 9999)).padStart(4, "0")}`,
    loanReference: loanReference(loanNumber),
    lenderName: pick(random, lenders),
    address: {
      addressLine1: `${between(random, 10, 9899)} ${pick(random, streets)} ${pick(random, suffixes)}`,
      city: place.city,
      state: place.state,
      postalCode: `${place.zip}${String(between(random, 1, 99)).padStart(2, "0")}`,
    },
  };
}
