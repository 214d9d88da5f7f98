import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { redactPayload } from "@/lib/webhooks/redact";
import { db } from "../db";

const statuses = [
  "RECEIVED",
  "PROCESSING",
  "PROCESSED",
  "IGNORED",
  "NEEDS_REVIEW",
  "FAILED",
  "DEAD",
] as const;

export const eventFiltersSchema = z.object({
  type: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(statuses).optional().catch(undefined),
  borrower: z.string().trim().max(100).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

/** Webhook events for the operations page, newest first, with their payload redacted for display. */
export async function listEvents(filters: EventFilters) {
  const where: Prisma.WebhookEventWhereInput = {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.borrower
      ? { borrower: { OR: [{ loanReference: filters.borrower }, { id: filters.borrower }] } }
      : {}),
    ...(filters.from || filters.to
      ? {
          receivedAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.to ? { lte: filters.to } : {}),
          },
        }
      : {}),
  };
  const [events, counts] = await Promise.all([
    db.webhookEvent.findMany({
      where,
      orderBy: { receivedAt: "desc" },
      take: 200,
      include: { borrower: { select: { id: true, firstName: true, lastName: true, loanReference: true } } },
    }),
    db.webhookEvent.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    events: events.map(({ rawBody, ...event }) => ({ ...event, payload: redactPayload(rawBody) })),
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<
      Record<(typeof statuses)[number], number>
    >,
  };
}
