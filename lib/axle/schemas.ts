// Axle's objects as zod schemas (Axle's API reference). Lenient on purpose: unknown fields are kept,
// enums stay open strings, and `null` and absent stay distinct (absent = "does not apply", null = "unknown").
import { z } from "zod";

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO 8601 date");

export const addressSchema = z.looseObject({
  addressLine1: z.string().nullish(),
  addressLine2: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  postalCode: z.string().nullish(),
  country: z.string().nullish(),
});

export const coverageSchema = z.looseObject({
  code: z.string(),
  label: z.string(),
  limitPerPerson: z.number().nullable().optional(),
  limitPerAccident: z.number().nullable().optional(),
  deductible: z.number().nullable().optional(),
  property: z.string().optional(),
});

export const propertySchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const insuredSchema = z.looseObject({
  firstName: z.string(),
  lastName: z.string(),
  type: z.string().optional(),
  property: z.string().nullish(),
});

export const thirdPartySchema = z.looseObject({
  type: z.string(),
  name: z.string(),
  address: addressSchema.optional(),
  property: z.string().optional(),
});

export const policySchema = z.looseObject({
  id: z.string(),
  account: z.string(),
  type: z.string(),
  carrier: z.string(),
  policyNumber: z.string().nullable(),
  isActive: z.boolean().nullable().optional(),
  effectiveDate: isoDate.nullable(),
  expirationDate: isoDate.nullable(),
  premium: z.number().nullable().optional(),
  address: addressSchema.nullable(),
  properties: z.array(propertySchema),
  coverages: z.array(coverageSchema),
  insureds: z.array(insuredSchema),
  thirdParties: z.array(thirdPartySchema),
  documents: z.array(z.looseObject({ name: z.string(), url: z.string() })),
  createdAt: isoDate,
  modifiedAt: isoDate,
  refreshedAt: isoDate,
});
export type AxlePolicy = z.infer<typeof policySchema>;

export const accountSchema = z.looseObject({
  id: z.string(),
  carrier: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullish(),
  policies: z.array(z.string()),
  connection: z.looseObject({ status: z.string(), updatedAt: isoDate }),
  createdAt: isoDate,
  modifiedAt: isoDate,
  refreshedAt: isoDate,
});
export type AxleAccount = z.infer<typeof accountSchema>;

export const startIgnitionResultSchema = z.looseObject({ ignitionToken: z.string(), ignitionUri: z.url() });
export const exchangeResultSchema = z.looseObject({
  accessToken: z.string().min(1),
  account: z.string(),
  policies: z.array(z.string()),
});
export const emptyResultSchema = z.looseObject({});

/** A carrier (§8.3); `id` is the string found in `Account.carrier` and `Policy.carrier`. */
export const carrierSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  domain: z.string().nullish(),
  address: addressSchema.nullish(),
  phone: z.string().nullish(),
  logoUrl: z.string().optional(),
  modifiedAt: isoDate.optional(),
});
export type AxleCarrier = z.infer<typeof carrierSchema>;

export const descopeResultSchema = z.looseObject({ accessToken: z.string().optional() });

/** Text PostgreSQL can store: a NUL character would make the insert fail (and Axle retry it forever). */
const storable = z.string().refine((value) => !value.includes("\u0000"), "must not contain a NUL character");

// A date the database can store: one outside it would fail the whole batch of events it is written with.
const storableDate = isoDate.refine((value) => {
  const time = Date.parse(value);
  return time >= Date.parse("0001-01-01T00:00:00Z") && time < Date.parse("+010000-01-01T00:00:00Z");
}, "must be a date between the years 1 and 9999");

/** The webhook envelope (§6.2). Only `id` and `type` are needed to store an event; the rest is kept raw. */
export const webhookEnvelopeSchema = z.looseObject({
  id: storable.min(1).max(200),
  type: storable.min(1).max(200),
  createdAt: storableDate.optional(),
  data: z
    .looseObject({
      ref: storable.max(200).optional(),
      account: storable.max(200).optional(),
      token: storable.max(200).optional(),
      user: z.looseObject({ id: storable.max(200).optional() }).optional(),
    })
    .optional(),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
