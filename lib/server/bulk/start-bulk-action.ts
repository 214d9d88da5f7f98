import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { BorrowerFilters } from "@/lib/borrowers/list-params";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { borrowerListFilter } from "../borrowers/borrower-list-filter";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { enqueueInTransaction, queueNames } from "../jobs/queue";

/** Whom a bulk action is for: the rows ticked on a page, or every borrower matching the list's filters. */
export type BulkTarget = { borrowerIds: string[] } | { filters: BorrowerFilters };

export const maxSelectedIds = 100;

/**
 * Records a bulk action with its borrowers fixed now (what the user confirmed is what is worked, even if the
 * list changes meanwhile), its audit row and its job, in one transaction. The job does the work
 * (run-bulk-action.ts) and the list shows its progress.
 */
export async function startBulkAction({
  kind,
  target,
  input,
  actor,
  now = new Date(),
}: {
  kind: BulkActionKind;
  target: BulkTarget;
  input: Prisma.InputJsonObject;
  actor: CurrentUser;
  now?: Date;
}) {
  if (
    "borrowerIds" in target &&
    (target.borrowerIds.length === 0 || target.borrowerIds.length > maxSelectedIds)
  )
    throw new AppError("bad_request", `Select between 1 and ${maxSelectedIds} borrowers, or all that match.`);
  if (kind === "assign-profile" && typeof input.profileId === "string") {
    const profile = await db.requirementProfile.findUnique({
      where: { id: input.profileId },
      select: { retiredAt: true },
    });
    if (!profile || profile.retiredAt)
      throw new AppError("not_found", "That profile does not exist or is retired.");
  }
  const where =
    "borrowerIds" in target
      ? Prisma.sql`"id" = ANY(${target.borrowerIds})`
      : borrowerListFilter(target.filters, { now, staleAfterHours: env.FRESHNESS_STALE_HOURS });

  return db.$transaction(async (tx) => {
    const action = await tx.bulkAction.create({
      data: { kind, params: { target: toJson(target), input }, createdById: actor.id },
      select: { id: true },
    });
    const total = await tx.$executeRaw`
      INSERT INTO "BulkActionItem" ("bulkActionId", "borrowerId")
      SELECT ${action.id}, "id" FROM "Borrower" WHERE ${where}`;
    if (total === 0) throw new AppError("bad_request", "No borrower matches: nothing to do.");
    await tx.bulkAction.update({ where: { id: action.id }, data: { total } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "bulk-action.started",
      targetType: "BulkAction",
      targetId: action.id,
      details: { kind, label: bulkActionKinds[kind].label, total, target: toJson(target), input },
    });
    await enqueueInTransaction(tx, queueNames.bulkActions, { bulkActionId: action.id });
    return { id: action.id, total };
  });
}

const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
