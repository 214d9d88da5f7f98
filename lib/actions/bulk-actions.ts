"use server";

import { z } from "zod";
import { parseBorrowerListParams } from "@/lib/borrowers/list-params";
import { bulkActionKinds, isBulkActionKind } from "@/lib/bulk/bulk-action-kinds";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { getBulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import { maxSelectedIds, startBulkAction } from "@/lib/server/bulk/start-bulk-action";

// Bulk actions from the borrower list: start one (permission by kind), and read its progress.

const startSchema = z.object({
  kind: z.string().refine(isBulkActionKind, "Unknown action."),
  /** The ticked rows, or null for every borrower matching `query`. */
  borrowerIds: z.array(z.string().min(1).max(64)).max(maxSelectedIds).nullable(),
  /** The list's query string, for "all matching". */
  query: z.string().max(2000),
  profileId: z.string().max(64).nullable().optional(),
});

export type StartBulkActionResult = { error?: string; id?: string; total?: number };

export async function startBulkActionAction(
  input: z.input<typeof startSchema>,
): Promise<StartBulkActionResult> {
  try {
    const parsed = startSchema.parse(input);
    const kind = parsed.kind as keyof typeof bulkActionKinds;
    const actor = await requireActionPermission(bulkActionKinds[kind].permission);
    const target = parsed.borrowerIds
      ? { borrowerIds: parsed.borrowerIds }
      : { filters: parseBorrowerListParams(Object.fromEntries(new URLSearchParams(parsed.query))).filters };
    const inputFor = kind === "assign-profile" ? { profileId: parsed.profileId ?? null } : {};
    return await startBulkAction({ kind, target, input: inputFor, actor });
  } catch (error) {
    return actionError(error);
  }
}

export async function getBulkActionProgressAction(bulkActionId: string) {
  await requireActionPermission("borrowers.read");
  const progress = await getBulkActionProgress(z.string().max(64).parse(bulkActionId));
  return progress && { ...progress, errors: progress.errors as { borrowerId: string; error: string }[] };
}
