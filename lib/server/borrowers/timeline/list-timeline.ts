import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { TimelineKind } from "@/lib/borrowers/timeline-kinds";
import { cursorBase, cursorMoment, decodeCursor, encodeCursor } from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage } from "@/lib/pagination/keyset-page";
import { db } from "../../db";

// One stream, newest first, of everything that happened to a borrower. Five sources share the shape
// (at, source, id, kind, payload) so that one keyset over (at, source, id) pages through all of them:
// - policy and account snapshots (their field-level diffs),
// - webhook events matched to the borrower,
// - requests and reminders sent to the borrower, with the email's delivery state,
// - audit rows about the borrower, its connections and its violations (opened, resolved, acknowledged,
//   waived, lapsed, commented; profile, collateral, descope, relink…). Outreach audit rows are left out:
//   the outreach rows themselves say more (the email's delivery).

export const timelinePageSize = 25;

const timelineCursorSchema = z.object({
  ...cursorBase,
  t: cursorMoment,
  s: z.string().regex(/^[a-z-]{1,20}$/),
});
type TimelineCursor = z.infer<typeof timelineCursorSchema>;

export function decodeTimelineCursor(value: string | undefined): TimelineCursor | null {
  return value ? decodeCursor(value, timelineCursorSchema) : null;
}

type Source = "policy-snapshot" | "account-snapshot" | "event" | "outreach" | "audit";

export type TimelineRow = {
  at: Date;
  source: Source;
  id: string;
  kind: TimelineKind;
  payload: Record<string, unknown>;
};

function sourcesQuery(borrowerId: string) {
  return Prisma.sql`
    SELECT s."fetchedAt" AS at, 'policy-snapshot' AS source, s.id AS id, 'change' AS kind,
      json_build_object(
        'policyNumber', p."policyNumber", 'carrier', p.carrier, 'term', s.term, 'source', s.source,
        'isOutOfOrder', s."isOutOfOrder", 'diff', s.diff, 'properties', s.data->'properties',
        'coverages', s.data->'coverages', 'effectiveDate', s.data->'effectiveDate',
        'expirationDate', s.data->'expirationDate') AS payload
    FROM "PolicySnapshot" s JOIN "Policy" p ON p.id = s."policyId"
    WHERE p."borrowerId" = ${borrowerId}
    UNION ALL
    SELECT s."fetchedAt", 'account-snapshot', s.id, 'change',
      json_build_object('carrier', a.carrier, 'source', s.source, 'isOutOfOrder', s."isOutOfOrder",
        'diff', s.diff)
    FROM "AccountSnapshot" s JOIN "Account" a ON a.id = s."accountId"
      JOIN "AxleConnection" c ON c.id = a."connectionId"
    WHERE c."borrowerId" = ${borrowerId}
    UNION ALL
    SELECT e."receivedAt", 'event', e.id, 'event',
      json_build_object('type', e.type, 'status', e.status, 'statusNote', e."statusNote", 'ref', e.ref,
        'attempts', e.attempts)
    FROM "WebhookEvent" e
    WHERE e."borrowerId" = ${borrowerId}
    UNION ALL
    SELECT o."createdAt", 'outreach', o.id, 'outreach',
      json_build_object('reason', o.reason, 'reminderNumber', o."reminderNumber", 'to', m."to",
        'subject', m.subject, 'status', m.status, 'error', m.error, 'sentAt', m."sentAt",
        'requestedBy', u.name)
    FROM "Outreach" o JOIN "EmailMessage" m ON m.id = o."emailId"
      LEFT JOIN "User" u ON u.id = o."requestedById"
    WHERE o."borrowerId" = ${borrowerId}
    UNION ALL
    SELECT l."createdAt", 'audit', l.id::text,
      CASE WHEN l.action = 'violation.commented' THEN 'comment'
           WHEN l.action LIKE 'violation.%' THEN 'violation'
           ELSE 'activity' END,
      json_build_object('action', l.action, 'actor', l."actorLabel", 'actorName', u.name,
        'details', l.details, 'ruleKey', v."ruleKey", 'message', v.message, 'severity', v.severity,
        'comment', vc.body, 'profileName', rp.name)
    FROM (
      -- What the borrower's audit rows are about: itself, its connections, its violations. Joined by the
      -- (targetType, targetId) index, one target at a time, rather than filtered from the whole log.
      SELECT 'Borrower' AS type, ${borrowerId}::text AS id
      UNION ALL SELECT 'AxleConnection', id FROM "AxleConnection" WHERE "borrowerId" = ${borrowerId}
      UNION ALL SELECT 'Violation', id FROM "Violation" WHERE "borrowerId" = ${borrowerId}
    ) AS target
      JOIN "AuditLog" l ON l."targetType" = target.type AND l."targetId" = target.id
      LEFT JOIN "User" u ON u.id = l."actorId"
      LEFT JOIN "Violation" v ON target.type = 'Violation' AND v.id = target.id
      LEFT JOIN "ViolationComment" vc ON l.action = 'violation.commented' AND vc.id = l.details->>'commentId'
      LEFT JOIN "RequirementProfile" rp ON l.action = 'borrower.profile-assigned' AND rp.id = l.details->>'to'
    WHERE l.action NOT LIKE 'outreach.%'`;
}

/** A page of the borrower's timeline, newest first, optionally of one kind, with the total for that kind. */
export async function listTimeline({
  borrowerId,
  kind,
  cursor,
  size = timelinePageSize,
}: {
  borrowerId: string;
  kind?: TimelineKind;
  cursor: TimelineCursor | null;
  size?: number;
}): Promise<KeysetPage<TimelineRow> & { total: number }> {
  const kindFilter = kind ? Prisma.sql`kind = ${kind}` : Prisma.sql`TRUE`;
  const isBackward = cursor?.d === "b";
  const position = cursor
    ? Prisma.sql`(at, source, id) ${isBackward ? Prisma.sql`>` : Prisma.sql`<`} (${cursor.t}::timestamp, ${cursor.s}, ${cursor.id})`
    : Prisma.sql`TRUE`;
  const direction = isBackward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const sources = sourcesQuery(borrowerId);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<TimelineRow[]>`
      SELECT at, source, id, kind, payload FROM (${sources}) AS entry
      WHERE ${kindFilter} AND ${position}
      ORDER BY at ${direction}, source ${direction}, id ${direction}
      LIMIT ${size + 1}`,
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM (${sources}) AS entry WHERE ${kindFilter}`,
  ]);
  const page = keysetPage({
    rows,
    size,
    cursor,
    makeCursor: (row, d, o) => encodeCursor({ d, t: row.at.toISOString(), s: row.source, id: row.id, o }),
  });
  return { ...page, total: Number(count?.count ?? 0) };
}
