import "server-only";
import { type AuditFilters, auditRowSelect, auditWhere } from "../audit/list-audit";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { keysetRows } from "./keyset-batches";
import { type CsvColumn, streamCsv } from "./stream-csv";

type Row = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  details: unknown;
};

const columns: CsvColumn<Row>[] = [
  { header: "When", value: (row) => row.createdAt },
  { header: "Who", value: (row) => row.actorLabel },
  { header: "Action", value: (row) => row.action },
  { header: "Target type", value: (row) => row.targetType },
  { header: "Target id", value: (row) => row.targetId },
  { header: "Details", value: (row) => JSON.stringify(row.details) },
];

/**
 * The audit log's view as CSV, oldest first, every matching row in keyset batches. Exporting the log is itself
 * audited, before the first byte.
 */
export async function exportAudit({
  filters,
  actor,
  now = new Date(),
}: {
  filters: AuditFilters;
  actor: CurrentUser;
  now?: Date;
}) {
  await recordAudit(db, {
    actor: userActor(actor),
    action: "audit.exported",
    targetType: "AuditLog",
    targetId: "*",
    details: JSON.parse(JSON.stringify(filters)),
  });
  const where = auditWhere(filters);
  return streamCsv({
    rows: keysetRows<Row>(async (lastId, limit) => {
      const rows = await db.auditLog.findMany({
        where: lastId ? { AND: [where, { id: { gt: BigInt(lastId) } }] } : where,
        orderBy: { id: "asc" },
        take: limit,
        select: auditRowSelect,
      });
      return rows.map((row) => ({ ...row, id: row.id.toString() }));
    }),
    columns,
    filename: `coverwatch-audit-${now.toISOString().slice(0, 10)}.csv`,
  });
}
