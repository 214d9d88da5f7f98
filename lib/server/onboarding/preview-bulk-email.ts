import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { BorrowerFilters } from "@/lib/borrowers/list-params";
import { inviteEmail } from "@/lib/outreach/invite-email";
import { reconnectEmail } from "@/lib/outreach/reconnect-email";
import type { ViolationFilters } from "@/lib/violations/violation-list-params";
import type { CurrentUser } from "../auth/current-user";
import { borrowerListFilter } from "../borrowers/borrower-list-filter";
import { db } from "../db";
import { env } from "../env";
import { reasonFor } from "../outreach/request-reconnect";
import { violationsWhere } from "../violations/list-violations";

export type BulkEmailKind = "invite" | "ask-reconnect";

export type BulkEmailTarget =
  | { borrowerIds: string[] }
  | { filters: BorrowerFilters }
  | { violationIds: string[] }
  | { violationFilters: ViolationFilters };

export type BulkEmailPreview = {
  /** Who would get the email. */
  recipients: number;
  /** Who would not, and why. */
  skipped: { optedOut: number; connected: number; invited: number; descoped: number };
  /** The email as the first recipient would read it; the link is made for each borrower when it is sent. */
  sample: { to: string; subject: string; text: string } | null;
};

const linkPlaceholder = "[a personal link, made for each borrower when the email is sent]";

/**
 * Before a bulk send: how many borrowers the email would reach, how many are skipped and why, and the email
 * itself for the first of them. Reads only; the numbers use the same conditions as the sending (an invitation
 * skips the connected, the invited and the opted out; a request to reconnect skips the descoped and the opted
 * out).
 */
export async function previewBulkEmail({
  kind,
  target,
  actor,
  now = new Date(),
}: {
  kind: BulkEmailKind;
  target: BulkEmailTarget;
  actor: CurrentUser;
  now?: Date;
}): Promise<BulkEmailPreview> {
  const scope = await targetCondition(target, actor, now);
  const optedOut = Prisma.sql`b."emailOptedOutAt" IS NOT NULL`;
  const connected = Prisma.sql`EXISTS (SELECT 1 FROM "AxleConnection" c WHERE c."borrowerId" = b.id)`;
  const invited = Prisma.sql`EXISTS (SELECT 1 FROM "Outreach" o WHERE o."borrowerId" = b.id AND o."inviteStep" = 0)`;
  const descoped = Prisma.sql`(${connected} AND NOT EXISTS (
    SELECT 1 FROM "AxleConnection" c WHERE c."borrowerId" = b.id AND c."isMonitoring"))`;
  // Each skipped borrower is counted under the first reason that applies, in this order.
  const skips =
    kind === "invite"
      ? [
          { key: "optedOut", when: optedOut },
          { key: "connected", when: connected },
          { key: "invited", when: invited },
        ]
      : [
          { key: "optedOut", when: optedOut },
          { key: "descoped", when: descoped },
        ];
  const reason = Prisma.sql`CASE ${Prisma.join(
    skips.map(({ key, when }) => Prisma.sql`WHEN ${when} THEN ${key}`),
    " ",
  )} ELSE 'recipient' END`;
  const rows = await db.$queryRaw<{ reason: string; count: bigint; first: string | null }[]>`
    SELECT ${reason} AS reason, count(*) AS count, min(b.id) AS first
    FROM "Borrower" b WHERE ${scope}
    GROUP BY 1`;
  const count = (key: string) => Number(rows.find((row) => row.reason === key)?.count ?? 0);
  const firstId = rows.find((row) => row.reason === "recipient")?.first ?? null;
  return {
    recipients: count("recipient"),
    skipped: {
      optedOut: count("optedOut"),
      connected: count("connected"),
      invited: count("invited"),
      descoped: count("descoped"),
    },
    sample: firstId ? await sampleEmail(kind, firstId) : null,
  };
}

async function sampleEmail(kind: BulkEmailKind, borrowerId: string) {
  const borrower = await db.borrower.findUniqueOrThrow({
    where: { id: borrowerId },
    select: {
      firstName: true,
      email: true,
      lenderName: true,
      connections: { select: { connectionStatus: true } },
      violations: {
        where: { status: { not: "RESOLVED" } },
        orderBy: { firstSeenAt: "asc" },
        take: 1,
        select: { ruleKey: true, evidence: true, message: true },
      },
    },
  });
  const common = {
    borrowerFirstName: borrower.firstName,
    lenderName: borrower.lenderName,
    link: linkPlaceholder,
  };
  const violation = borrower.violations[0];
  const reason = reasonFor(violation, borrower.connections);
  const content =
    kind === "invite"
      ? inviteEmail({ ...common, step: 0 })
      : reconnectEmail({
          ...common,
          reason,
          detail: reason === "requirement-failing" ? violation?.message : undefined,
          reminderNumber: 0,
        });
  const footer = "\n\n—\nEvery email ends with the borrower's own link to stop these emails.";
  return { to: borrower.email, subject: content.subject, text: content.text + footer };
}

async function targetCondition(target: BulkEmailTarget, actor: CurrentUser, now: Date): Promise<Prisma.Sql> {
  if ("borrowerIds" in target) return Prisma.sql`b.id = ANY(${target.borrowerIds})`;
  if ("filters" in target)
    return Prisma.sql`b.id IN (SELECT "id" FROM "Borrower" WHERE ${borrowerListFilter(target.filters, {
      now,
      staleAfterHours: env.FRESHNESS_STALE_HOURS,
    })})`;
  const violations = await db.violation.findMany({
    where:
      "violationIds" in target
        ? { id: { in: target.violationIds } }
        : violationsWhere(target.violationFilters, { now, userId: actor.id }),
    select: { borrowerId: true },
    distinct: ["borrowerId"],
  });
  return Prisma.sql`b.id = ANY(${violations.map((violation) => violation.borrowerId)})`;
}
