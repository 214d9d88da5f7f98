// The events Coverwatch tells the lender's systems about: by signed webhooks (Standard Webhooks) and by the
// read API's `GET /api/v1/events`. Each type's `data` has a zod schema: the one truth for validation, the JSON
// Schemas published in the docs and served at /api/v1/webhooks/schemas, and the OpenAPI document.
import { z } from "zod";

const complianceStatus = z.enum([
  "COMPLIANT",
  "AT_RISK",
  "NON_COMPLIANT",
  "DISCONNECTED",
  "NOT_CONNECTED",
  "NOT_MONITORED",
]);
const severity = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

/** Who the event is about, in every event. */
const borrowerRef = z.object({
  id: z.string(),
  loanReference: z.string(),
  name: z.string(),
});

const violation = z.object({
  id: z.string(),
  ruleKey: z.string(),
  rule: z.string().describe("The rule's title, in words"),
  severity,
  outcome: z.enum(["FAIL", "CAUTION"]),
  message: z.string(),
  policyId: z.string().nullable().describe("Null for a rule about the borrower as a whole"),
});

export const outboundEventSchemas = {
  "borrower.status_changed": z.object({
    borrower: borrowerRef,
    from: complianceStatus,
    to: complianceStatus,
    reason: z.string().nullable().describe("The first reason for the new status, in words"),
  }),
  "violation.opened": z.object({ borrower: borrowerRef, violation }),
  "violation.resolved": z.object({ borrower: borrowerRef, violation }),
  "violation.waived": z.object({
    borrower: borrowerRef,
    violation,
    waivedUntil: z.iso.datetime(),
    reason: z.string(),
  }),
  "policy.changed": z.object({
    borrower: borrowerRef,
    policy: z.object({ id: z.string(), policyNumber: z.string().nullable(), carrier: z.string() }),
    changes: z
      .array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown(), words: z.string() }))
      .describe("The field-level diff, each change also in words"),
  }),
  "connection.disconnected": z.object({
    borrower: borrowerRef,
    connection: z.object({ id: z.string(), status: z.string(), carrier: z.string().nullable() }),
  }),
  "connection.descoped": z.object({
    borrower: borrowerRef,
    connection: z.object({ id: z.string(), carrier: z.string().nullable() }),
  }),
  "borrower.connected": z.object({
    borrower: borrowerRef,
    connection: z.object({ id: z.string(), carrier: z.string().nullable() }),
  }),
} as const;

export type OutboundEventType = keyof typeof outboundEventSchemas;
export type OutboundEventData<Type extends OutboundEventType> = z.infer<(typeof outboundEventSchemas)[Type]>;

export const outboundEventTypes = Object.keys(outboundEventSchemas) as OutboundEventType[];

export const isOutboundEventType = (value: string): value is OutboundEventType =>
  Object.hasOwn(outboundEventSchemas, value);
