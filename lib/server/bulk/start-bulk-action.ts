import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { BorrowerFilters } from "@/lib/borrowers/list-params";
import { bulkActionInputSchemas } from "@/lib/bulk/bulk-action-inputs";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { bulkRecordingLimits } from "@/lib/db-transaction-limits";
import { waiverEndProblem } from "@/lib/violations/violation-inputs";
import type { ViolationFilters } from "@/lib/violations/violation-list-params";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { borrowerListFilter } from "../borrowers/borrower-list-filter";
import { db, type Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
import { violationsWhere } from "../violations/list-violations";

/**
 * Whom a bulk action is for: the rows ticked on a page, or every row matching a list's filters; the list is the
 * borrower list or the violation queue.
 */
export type BulkTarget =
  | { borrowerIds: string[] }
  | { filters: BorrowerFilters }
  | { violationIds: string[] }
  | { violationFilters: ViolationFilters }
  /** The borrowers a requirement profile applies to: its own, and for the default one the unassigned too. */
  | { profileBorrowers: { profileId: string; isDefault: boolean } };

type BulkActionRequest = {
  kind: BulkActionKind;
  target: BulkTarget;
  input: Record<string, unknown>;
  actor: CurrentUser;
  now?: Date;
};

/** The most rows a page shows: a selection is at most this, and this many quick items may run inline. */
export const maxSelectedIds = 100;

/**
 * Records a bulk action with its items fixed now (what the user confirmed is what is worked, even if the list
 * changes meanwhile), its audit row and its job, in one transaction. Items are borrowers or violations by kind;
 * a borrower kind started from the violation queue works each distinct borrower of the violations once. The job
 * does the work (run-bulk-action.ts); `isInline` says the caller should run it now (a page or less of a quick
 * kind). The job is enqueued either way, as a safety net: it finds the items done and stops.
 */
export async function startBulkAction({
  kind,
  target,
  input: rawInput,
  actor,
  now = new Date(),
}: BulkActionRequest): Promise<{ id: string; total: number; isInline: boolean }> {
  const isViolationTarget = "violationIds" in target || "violationFilters" in target;
  const ids =
    "borrowerIds" in target ? target.borrowerIds : "violationIds" in target ? target.violationIds : null;
  if (ids && (ids.length === 0 || ids.length > maxSelectedIds))
    throw new AppError(
      "bad_request",
      `Select between 1 and ${maxSelectedIds} ${isViolationTarget ? "violations" : "borrowers"}, or all that match.`,
    );
  const spec = bulkActionKinds[kind];
  const input = bulkActionInputSchemas[kind].parse(rawInput) as Record<string, unknown>;
  await checkInput(kind, input, now);
  if (spec.subject === "violation" && !isViolationTarget)
    throw new AppError("bad_request", "This action works on violations.");

  const started = await db.$transaction(
    (tx) => recordBulkAction(tx, { kind, target, input, actor, now }),
    bulkRecordingLimits,
  );
  if (!started)
    throw new AppError(
      "bad_request",
      `No ${isViolationTarget ? "violation" : "borrower"} matches: nothing to do.`,
    );
  return started;
}

/**
 * The recording half, inside the caller's transaction: the action, its items, its audit row and its job commit
 * with the change that asked for them (a profile's new version and the re-evaluation it needs, say). Null when
 * nothing matches: no action is recorded then.
 */
export async function recordBulkAction(
  tx: Tx,
  { kind, target, input, actor, now = new Date() }: BulkActionRequest,
): Promise<{ id: string; total: number; isInline: boolean } | null> {
  const spec = bulkActionKinds[kind];
  const isViolationTarget = "violationIds" in target || "violationFilters" in target;
  const action = await tx.bulkAction.create({
    data: { kind, params: { target: toJson(target), input: toJson(input) }, createdById: actor.id },
    select: { id: true },
  });
  const total = isViolationTarget
    ? await insertViolationItems(tx, action.id, {
        where:
          "violationIds" in target
            ? { id: { in: target.violationIds } }
            : violationsWhere((target as { violationFilters: ViolationFilters }).violationFilters, {
                now,
                userId: actor.id,
              }),
        perBorrower: spec.subject === "borrower",
      })
    : await tx.$executeRaw`
        INSERT INTO "BulkActionItem" ("bulkActionId", "targetId", "borrowerId")
        SELECT ${action.id}, "id", "id" FROM "Borrower" WHERE ${borrowerTargetFilter(target, now)}`;
  if (total === 0) {
    await tx.bulkAction.delete({ where: { id: action.id } });
    return null;
  }
  await tx.bulkAction.update({ where: { id: action.id }, data: { total } });
  await recordAudit(tx, {
    actor: userActor(actor),
    action: "bulk-action.started",
    targetType: "BulkAction",
    targetId: action.id,
    details: { kind, label: spec.label, total, target: toJson(target), input: toJson(input) },
  });
  await enqueueInTransaction(tx, queueNames.bulkActions, { bulkActionId: action.id });
  return { id: action.id, total, isInline: spec.mayRunInline && total <= maxSelectedIds };
}

function borrowerTargetFilter(target: BulkTarget, now: Date): Prisma.Sql {
  if ("borrowerIds" in target) return Prisma.sql`"id" = ANY(${target.borrowerIds})`;
  if ("profileBorrowers" in target) {
    const { profileId, isDefault } = target.profileBorrowers;
    return isDefault
      ? Prisma.sql`("requirementProfileId" = ${profileId} OR "requirementProfileId" IS NULL)`
      : Prisma.sql`"requirementProfileId" = ${profileId}`;
  }
  return borrowerListFilter((target as { filters: BorrowerFilters }).filters, {
    now,
    staleAfterHours: env.FRESHNESS_STALE_HOURS,
  });
}

/** The violations matched, one item each, or one item per distinct borrower of them. */
async function insertViolationItems(
  tx: Tx,
  bulkActionId: string,
  { where, perBorrower }: { where: Prisma.ViolationWhereInput; perBorrower: boolean },
): Promise<number> {
  const rows = await tx.violation.findMany({
    where,
    select: { id: true, borrowerId: true },
    ...(perBorrower ? { distinct: ["borrowerId"] } : {}),
  });
  const { count } = await tx.bulkActionItem.createMany({
    data: rows.map((row) => ({
      bulkActionId,
      targetId: perBorrower ? row.borrowerId : row.id,
      borrowerId: row.borrowerId,
    })),
  });
  return count;
}

/** Refuses, before anything is recorded, an input that would fail every item. */
async function checkInput(kind: BulkActionKind, input: Record<string, unknown>, now: Date) {
  if (kind === "assign-profile" && typeof input.profileId === "string") {
    const profile = await db.requirementProfile.findUnique({
      where: { id: input.profileId },
      select: { retiredAt: true },
    });
    if (!profile || profile.retiredAt)
      throw new AppError("not_found", "That profile does not exist or is retired.");
  }
  const waiverProblem = kind === "violation-waive" ? waiverEndProblem(input.until as Date, now) : null;
  if (waiverProblem) throw new AppError("bad_request", waiverProblem);
  if (kind === "violation-assign" && typeof input.assigneeId === "string") {
    const user = await db.user.findUnique({
      where: { id: input.assigneeId },
      select: { role: true, disabledAt: true },
    });
    if (!user || user.disabledAt || !can(user.role, "violations.manage"))
      throw new AppError("bad_request", "That user cannot work violations.");
  }
}

const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
