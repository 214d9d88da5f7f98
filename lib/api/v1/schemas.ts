// The read API's responses and query parameters as zod schemas: what the handlers return is built against
// them, and the OpenAPI document (openapi-document.ts) is generated from them.
import { z } from "zod";
import { statusParams } from "@/lib/borrowers/list-params";
import {
  type OutboundEventType,
  outboundEventSchemas,
  outboundEventTypes,
} from "@/lib/integrations/event-types";

/** Every schema the OpenAPI document names under `components.schemas`, by id. */
export const apiSchemaRegistry = z.registry<{ id: string }>();

export const errorCodes = [
  "unauthorized",
  "forbidden",
  "not_found",
  "bad_request",
  "rate_limited",
  "internal",
] as const;
export type ApiErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z
  .object({
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  })
  .register(apiSchemaRegistry, { id: "Error" });

const complianceStatus = z
  .enum(Object.values(statusParams) as [string, ...string[]])
  .describe("The borrower's stored compliance status");
const severity = z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW"]);
const dateTime = z.iso.datetime();

export const apiBorrowerSchema = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    loanReference: z.string(),
    lenderName: z.string().nullable(),
    status: complianceStatus,
    reason: z.string().nullable().describe("The first reason for the status, in words"),
    reasons: z.array(z.string()),
    connectionState: z.enum(["CONNECTED", "DISCONNECTED", "NEVER_CONNECTED", "DESCOPED"]),
    worstOpenSeverity: severity.nullable(),
    openViolationCount: z.number().int(),
    carrier: z.string().nullable().describe("Axle's carrier id of the primary policy"),
    policyNumber: z.string().nullable(),
    nextExpirationDate: dateTime.nullable().describe("When the soonest monitored policy term ends"),
    lastRefreshedAt: dateTime
      .nullable()
      .describe("When the carrier last refreshed the oldest monitored policy"),
  })
  .register(apiSchemaRegistry, { id: "Borrower" });

/** A page of any list: its rows, and the cursor of the next page (null on the last). */
const pageOf = <Row extends z.ZodType>(row: Row, id: string) =>
  z
    .object({
      data: z.array(row),
      next: z.string().nullable().describe("Pass as `cursor` to read the next page; null when there is none"),
    })
    .register(apiSchemaRegistry, { id });

export const apiBorrowerPageSchema = pageOf(apiBorrowerSchema, "BorrowerPage");

export const apiPolicySchema = z
  .object({
    id: z.string(),
    policyNumber: z.string().nullable(),
    carrier: z.string(),
    type: z.string(),
    isActive: z.boolean().nullable().describe("Null when the carrier does not report it"),
    effectiveDate: dateTime.nullable(),
    expirationDate: dateTime.nullable(),
    refreshedAt: dateTime.describe("When the carrier last refreshed the policy at Axle"),
  })
  .register(apiSchemaRegistry, { id: "Policy" });

export const apiViolationSchema = z
  .object({
    id: z.string(),
    borrower: z.object({ id: z.string(), name: z.string(), loanReference: z.string() }),
    policyId: z.string().nullable().describe("Null for a rule about the borrower as a whole"),
    ruleKey: z.string(),
    status: z.enum(["OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"]),
    severity,
    message: z.string(),
    firstSeenAt: dateTime,
    lastSeenAt: dateTime,
    resolvedAt: dateTime.nullable(),
    waivedUntil: dateTime.nullable(),
    dueAt: dateTime.nullable(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .register(apiSchemaRegistry, { id: "Violation" });

export const apiViolationPageSchema = pageOf(apiViolationSchema, "ViolationPage");

export const apiBorrowerDetailSchema = z
  .object({
    ...apiBorrowerSchema.shape,
    policies: z.array(apiPolicySchema).describe("Every monitored policy"),
    openViolations: z.array(apiViolationSchema).describe("Open or acknowledged violations"),
  })
  .register(apiSchemaRegistry, { id: "BorrowerDetail" });

export type ApiBorrower = z.infer<typeof apiBorrowerSchema>;
export type ApiViolation = z.infer<typeof apiViolationSchema>;
export type ApiBorrowerDetail = z.infer<typeof apiBorrowerDetailSchema>;

// ---------------------------------------------------------------------------------------------------------
// Query parameters. The filters are the borrower list's and the violation queue's own (their parsers read
// them); these schemas describe them for the document and check `limit`.

export const limitParamSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(50)
  .describe("Rows per page, 1 to 100");

const text = (description: string) => z.string().optional().describe(description);

export const borrowerQuerySchema = z.object({
  q: text("Every word must appear in a name, email, loan reference, lender, VIN or policy number"),
  status: text(`Comma-separated: ${Object.keys(statusParams).join(", ")}`),
  severity: z.enum(["critical", "high", "medium", "low"]).optional().describe("The worst open violation"),
  profile: text("A requirement profile's id, or `default`"),
  carrier: text("Axle's carrier id (`state-farm`)"),
  connection: z.enum(["connected", "disconnected", "never-connected", "descoped"]).optional(),
  stale: z.enum(["1", "0"]).optional().describe("1: the oldest monitored policy is stale"),
  expiring: z.coerce.number().int().min(0).max(365).optional().describe("A policy term ends within N days"),
  lender: text("The lender's name, exactly"),
  sort: z
    .enum(
      ["name", "status", "refreshed", "expiration", "violations"].flatMap((key) => [key, `-${key}`]) as [
        string,
        ...string[],
      ],
    )
    .optional()
    .describe("A leading `-` reverses; default `name`"),
  cursor: text("The `next` of the previous page"),
  limit: limitParamSchema,
});

export const violationQuerySchema = z.object({
  status: text("`open` (open or acknowledged), or one stored status (`waived`); none: every live one"),
  severity: z.enum(["critical", "high", "medium", "low"]).optional(),
  rule: text("A rule key"),
  profile: text("A requirement profile's id, or `default`"),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  assignee: text("`none`, or a user's id"),
  overdue: z.enum(["1", "0"]).optional(),
  openedSince: dateTime.optional(),
  resolvedSince: dateTime.optional(),
  sort: z.enum(["severity", "first-seen", "last-seen", "borrower", "rule", "due", "assignee"]).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  cursor: text("The `next` of the previous page"),
  limit: limitParamSchema,
});

export const eventQuerySchema = z.object({
  type: text("One event type, or several comma-separated"),
  cursor: text("The `next` of the previous page: the events after it, oldest first"),
  limit: limitParamSchema,
});

// ---------------------------------------------------------------------------------------------------------
// Events: one schema per type, `data` from the published event types.

export const apiEventSchemas = Object.fromEntries(
  outboundEventTypes.map((type) => [
    type,
    z
      .object({
        id: z.string(),
        type: z.literal(type),
        createdAt: dateTime,
        borrowerId: z.string().nullable(),
        data: outboundEventSchemas[type],
      })
      .register(apiSchemaRegistry, { id: eventSchemaId(type) }),
  ]),
) as unknown as Record<OutboundEventType, z.ZodObject>;

/** `borrower.status_changed` → `BorrowerStatusChangedEvent`. */
export function eventSchemaId(type: string): string {
  return `${type
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("")}Event`;
}

export const apiEventSchema = z
  .discriminatedUnion(
    "type",
    outboundEventTypes.map((type) => apiEventSchemas[type]) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .register(apiSchemaRegistry, { id: "Event" });

export const apiEventPageSchema = z
  .object({
    data: z.array(apiEventSchema).describe("Oldest first"),
    next: z
      .string()
      .nullable()
      .describe(
        "Where to read on from: the position after the last event returned (or the cursor given, when none was). Null only while no event has ever been listed",
      ),
    hasMore: z.boolean().describe("Whether more events wait after `next` now; if not, poll again later"),
  })
  .register(apiSchemaRegistry, { id: "EventPage" });
