"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseBorrowerListParams } from "@/lib/borrowers/list-params";
import { bulkActionKinds, isBulkActionKind } from "@/lib/bulk/bulk-action-kinds";
import { searchParamsOf } from "@/lib/search-params";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { getBulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import { runBulkAction } from "@/lib/server/bulk/run-bulk-action";
import { maxSelectedIds, startBulkAction } from "@/lib/server/bulk/start-bulk-action";
import {
  type BulkEmailPreview,
  type BulkEmailTarget,
  previewBulkEmail,
} from "@/lib/server/onboarding/preview-bulk-email";
import { parseViolationListParams } from "@/lib/violations/violation-list-params";

// Bulk actions from the borrower list and the violation queue: start one (permission by kind), and read its
// progress.

/** Our ids (cuids, uuids): anything else is refused before it reaches a query. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const startSchema = z.object({
  kind: z.string().refine(isBulkActionKind, "Unknown action."),
  /** The list the action was started from: what `ids` and `query` name. */
  list: z.enum(["borrowers", "violations"]),
  /** The ticked rows, or null for every row matching `query`. */
  ids: z.array(z.string().regex(idPattern)).max(maxSelectedIds).nullable(),
  /** The list's query string, for "all matching", read by the list's own parser. */
  query: z.string().max(2000),
  /** The kind's own input (a profile, a waiver's reason and end), checked by its schema. */
  input: z.record(z.string(), z.unknown()).default({}),
});

export type StartBulkActionResult = {
  error?: string;
  id?: string;
  total?: number;
  isInline?: boolean;
  /** After an inline run: the items that could not be done (a waived violation cannot be acknowledged). */
  failed?: number;
};

export async function startBulkActionAction(
  input: z.input<typeof startSchema>,
): Promise<StartBulkActionResult> {
  try {
    const parsed = startSchema.parse(input);
    const kind = parsed.kind as keyof typeof bulkActionKinds;
    const actor = await requireActionPermission(bulkActionKinds[kind].permission);
    const started = await startBulkAction({ kind, target: targetOf(parsed), input: parsed.input, actor });
    // A page or less of quick work is done before answering; the list re-renders with its outcome.
    if (started.isInline) {
      await runBulkAction(started.id);
      revalidatePath(`/${parsed.list}`);
      const progress = await getBulkActionProgress(started.id, actor.id);
      return { ...started, failed: progress?.failed ?? 0 };
    }
    return started;
  } catch (error) {
    return actionError(error);
  }
}

/** The ticked rows, or every row matching the list's query, read by the list's own parser. */
function targetOf({ list, ids, query }: Pick<z.output<typeof startSchema>, "list" | "ids" | "query">) {
  const raw = searchParamsOf(query);
  const target: BulkEmailTarget =
    list === "violations"
      ? ids
        ? { violationIds: ids }
        : { violationFilters: parseViolationListParams(raw).filters }
      : ids
        ? { borrowerIds: ids }
        : { filters: parseBorrowerListParams(raw).filters };
  return target;
}

const previewSchema = startSchema.pick({ list: true, ids: true, query: true }).extend({
  kind: z.enum(["invite", "ask-reconnect"]),
});

/** Before a bulk email is sent: how many it reaches, who is skipped and why, and the email itself. */
export async function previewBulkEmailAction(
  input: z.input<typeof previewSchema>,
): Promise<{ error?: string; preview?: BulkEmailPreview }> {
  try {
    const parsed = previewSchema.parse(input);
    const actor = await requireActionPermission(bulkActionKinds[parsed.kind].permission);
    return { preview: await previewBulkEmail({ kind: parsed.kind, target: targetOf(parsed), actor }) };
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
