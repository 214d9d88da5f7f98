import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

const statuses = ["OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"] as const;

/** The queue's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const violationFiltersSchema = z.object({
  rule: z.string().optional().catch(undefined),
  severity: z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]).optional().catch(undefined),
  status: z.enum(statuses).optional().catch(undefined),
  profile: z.string().optional().catch(undefined),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
});
export type ViolationFilters = z.infer<typeof violationFiltersSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The queue's filters as a `where`: live violations (open, acknowledged, waived) unless a status is asked for.
 * Shared by the queue page and its CSV export, so the file holds what the queue's filters match (all of it,
 * where the page shows the oldest 500).
 */
export function violationsWhere(filters: ViolationFilters, now: Date): Prisma.ViolationWhereInput {
  return {
    status: filters.status ?? { not: "RESOLVED" },
    ...(filters.rule ? { ruleKey: filters.rule } : {}),
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.olderThanDays !== undefined
      ? { firstSeenAt: { lte: new Date(now.getTime() - filters.olderThanDays * dayMs) } }
      : {}),
    ...(filters.profile === "default"
      ? { borrower: { requirementProfileId: null } }
      : filters.profile
        ? { borrower: { requirementProfileId: filters.profile } }
        : {}),
  };
}

/** The violations queue: live ones by default (open, acknowledged, waived), oldest first. */
export async function listViolations(filters: ViolationFilters, now = new Date()) {
  return db.violation.findMany({
    where: violationsWhere(filters, now),
    orderBy: { firstSeenAt: "asc" },
    take: 500,
    select: {
      id: true,
      ruleKey: true,
      status: true,
      severity: true,
      outcome: true,
      message: true,
      firstSeenAt: true,
      waivedUntil: true,
      borrower: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          loanReference: true,
          requirementProfile: { select: { name: true } },
        },
      },
    },
  });
}
