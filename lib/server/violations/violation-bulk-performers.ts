import "server-only";
import { bulkActionInputSchemas } from "@/lib/bulk/bulk-action-inputs";
import type { CurrentUser } from "../auth/current-user";
import type { Tx } from "../db";
import { acknowledgeViolationIn, waiveViolationIn } from "./act-on-violation";
import { assignViolationIn } from "./assign-violation";

// The queue's bulk actions, one violation at a time: the very functions behind the row's own buttons, run in
// the transaction that marks the item done (run-bulk-action.ts), so an item is acted on and audited once.

type PerformInTransaction = (
  tx: Tx,
  item: { targetId: string },
  input: unknown,
  actor: CurrentUser,
) => Promise<void>;

export const violationBulkPerformers = {
  "violation-acknowledge": async (tx, { targetId }, _input, actor) => {
    await acknowledgeViolationIn(tx, { violationId: targetId, actor });
  },
  "violation-waive": async (tx, { targetId }, input, actor) => {
    const waiver = bulkActionInputSchemas["violation-waive"].parse(input);
    await waiveViolationIn(tx, { violationId: targetId, waiver, actor });
  },
  "violation-assign": async (tx, { targetId }, input, actor) => {
    const { assigneeId } = bulkActionInputSchemas["violation-assign"].parse(input);
    await assignViolationIn(tx, { violationId: targetId, change: { assigneeId }, actor });
  },
  "violation-set-due": async (tx, { targetId }, input, actor) => {
    const { dueAt } = bulkActionInputSchemas["violation-set-due"].parse(input);
    await assignViolationIn(tx, { violationId: targetId, change: { dueAt }, actor });
  },
} satisfies Record<string, PerformInTransaction>;
