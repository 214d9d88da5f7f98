"use server";

import { z } from "zod";
import { parseBorrowerListParams } from "@/lib/borrowers/list-params";
import { bulkActionKinds, isBulkActionKind } from "@/lib/bulk/bulk-action-kinds";
import { searchParamsOf } from "@/lib/search-params";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { getBulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import { maxSelectedIds, startBulkAction } from "@/lib/server/bulk/start-bulk-action";

// Bulk actions from the borrower list: start one (permission by kind), and read its progress.

/** Our ids (cuids, uuids): anything else is refused before it reaches a query. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const startSchema = z.object({
  kind: z.string().refine(isBulkActionKind, "Unknown action."),
  /** The ticked rows, or null for every borrower matching `query`. */
  borrowerIds: z.array(z.string().regex(idPattern)).max(maxSelectedIds).nullable(),
  /** The list's query string, for "all matching". */
  query: z.string().max(2000),
  profileId: z.string().regex(idPattern).nullable().optional(),
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
      : { filters: parseBorrowerListParams(searchParamsOf(parsed.query)).filters };
    const inputFor = kind === "assign-profile" ? { profileId: parsed.profileId ?? null } : {};
    return await startBulkAction({ kind, target, input: inputFor, actor });
  } catch (error) {
    return actionError(error);
  }
}

const bulkActionIdSchema = z.string().regex(idPattern);

/** The progress of one of the user's own bulk actions; anything else is simply not found (null). */
export async function getBulkActionProgressAction(bulkActionId: unknown) {
  const actor = await requireActionPermission("borrowers.read");
  const id = bulkActionIdSchema.safeParse(bulkActionId);
  if (!id.success) return null;
  const progress = await getBulkActionProgress(id.data, actor.id);
  return progress && { ...progress, errors: progress.errors as { borrowerId: string; error: string }[] };
}
