// Carriers shown on the hosted Ignition page and served by GET /carriers. Ids follow Axle's style (`state-farm`).
export type CarrierSeed = {
  id: string;
  name: string;
  domain: string;
  phone: string;
  address: Record<string, string>;
};

export const carriers: CarrierSeed[] = [
  {
    id: "state-farm",
    name: "State Farm",
    domain: "statefarm.com",
    phone: "+18007826000",
    address: {
      addressLine1: "1 State Farm Plaza",
      city: "Bloomington",
      state: "IL",
      postalCode: "61710",
      country: "US",
    },
  },
  {
    id: "geico",
    name: "GEICO",
    domain: "geico.com",
    phone: "+18008413000",
    address: {
      addressLine1: "5260 Western Ave",
      city: "Chevy Chase",
      state: "MD",
      postalCode: "20815",
      country: "US",
    },
  },
  {
    id: "progressive",
    name: "Progressive",
    domain: "progressive.com",
    phone: "+18007763448",
    address: {
      addressLine1: "6300 Wilson Mills Rd",
      city: "Mayfield Village",
      state: "OH",
      postalCode: "44143",
      country: "US",
    },
  },
  {
    id: "allstate",
    name: "Allstate",
    domain: "allstate.com",
    phone: "+18002557828",
    address: {
      addressLine1: "3100 Sanders Rd",
      city: "Northbrook",
      state: "IL",
      postalCode: "60062",
      country: "US",
    },
  },
  {
    id: "usaa",
    name: "USAA",
    domain: "usaa.com",
    phone: "+18005318722",
    address: {
      addressLine1: "9800 Fredericksburg Rd",
      city: "San Antonio",
      state: "TX",
      postalCode: "78288",
      country: "US",
    },
  },
  {
    id: "liberty-mutual",
    name: "Liberty Mutual",
    domain: "libertymutual.com",
    phone: "+18002908711",
    address: {
      addressLine1: "175 Berkeley St",
      city: "Boston",
      state: "MA",
      postalCode: "02116",
      country: "US",
    },
  },
];

/** Carrier records change rarely; one fixed date keeps responses stable. */
const carriersModifiedAt = "2026-01-01T00:00:00.000Z";

export function findCarrier(id: string | undefined): CarrierSeed | undefined {
  return carriers.find((carrier) => carrier.id === id);
}

/** The Carrier object as Axle serves it (§8.3). `logoUrl` is optional and the twin has none. */
export function carrierRecord(carrier: CarrierSeed) {
  return {
    id: carrier.id,
    name: carrier.name,
    domain: carrier.domain,
    address: carrier.address,
    phone: carrier.phone,
    modifiedAt: carriersModifiedAt,
  };
}
