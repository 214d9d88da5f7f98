import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  defaultViolationSort,
  type ViolationFilters,
  type ViolationSort,
} from "@/lib/violations/violation-list-params";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { streamCsv } from "./stream-csv";
import { violationExportColumns } from "./violation-export-columns";
import { violationExportRows } from "./violation-export-rows";

/**
 * The violation queue as a CSV download for examiners, with the queue's filters and sort. Who exported what is
 * audited before the first byte: an export that fails half-way still counts as data that left the system.
 */
export async function exportViolations({
  filters,
  sort = defaultViolationSort,
  actor,
  now = new Date(),
}: {
  filters: ViolationFilters;
  sort?: ViolationSort;
  actor: CurrentUser;
  now?: Date;
}): Promise<Response> {
  await recordAudit(db, {
    actor: userActor(actor),
    action: "violations.exported",
    targetType: "Violation",
    targetId: "*",
    details: { filters: definedOnly(filters), sort: { ...sort } },
  });
  return streamCsv({
    rows: violationExportRows({ filters, sort, context: { now, userId: actor.id } }),
    columns: violationExportColumns,
    filename: `coverwatch-violations-${now.toISOString().slice(0, 10)}.csv`,
  });
}

function definedOnly(filters: ViolationFilters): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}
