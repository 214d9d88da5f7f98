"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { countReplayableSince } from "@/lib/server/operations/list-events";
import { replayEvent, replayFailedSince } from "@/lib/server/operations/replay-events";
import { requestReconcile } from "@/lib/server/operations/request-reconcile";
import { resyncBorrower } from "@/lib/server/operations/resync-borrower";

// Operators' actions on the pipeline: replay events, re-sync a borrower from Axle.

export async function replayEventAction(
  eventId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    await replayEvent({ eventId, actor: await requireActionPermission("operations.replay") });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/operations");
  return { notice: "Queued again." };
}

export async function replayFailedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("operations.replay");
    const since = new Date(String(form.get("since") ?? ""));
    if (Number.isNaN(since.getTime())) throw new AppError("bad_request", "Give the time to replay from.");
    const count = await replayFailedSince({ since, actor });
    revalidatePath("/operations");
    return { notice: count === 0 ? "No failed events since then." : `Queued ${count} event(s) again.` };
  } catch (error) {
    return actionError(error);
  }
}

/** For the confirmation of "replay failed since": how many events it would queue again. */
export async function countReplayableAction(since: string): Promise<{ count?: number; error?: string }> {
  try {
    await requireActionPermission("operations.replay");
    const from = new Date(since);
    if (Number.isNaN(from.getTime())) throw new AppError("bad_request", "Give the time to replay from.");
    return { count: await countReplayableSince(from) };
  } catch (error) {
    return actionError(error);
  }
}

export async function reconcileNowAction(_previous: ActionState, _form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("operations.replay");
    await requestReconcile(actor);
  } catch (error) {
    return actionError(error);
  }
  return { notice: "Reconcile queued: it runs in the background; its result appears below." };
}

export async function resyncBorrowerAction(
  borrowerId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    const result = await resyncBorrower({
      borrowerId,
      actor: await requireActionPermission("borrowers.resync"),
    });
    revalidatePath(`/borrowers/${borrowerId}`);
    return {
      notice:
        result.connections === 0
          ? "Nothing is monitored for this borrower."
          : `Fetched from Axle: ${result.changed} object(s) had changed.`,
    };
  } catch (error) {
    return actionError(error);
  }
}
