"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { env } from "@/lib/server/env";
import { requestReconnect } from "@/lib/server/outreach/request-reconnect";
import {
  acknowledgeViolation,
  commentOnViolation,
  waiveViolation,
} from "@/lib/server/violations/act-on-violation";
import { assignViolation } from "@/lib/server/violations/assign-violation";

// A compliance officer's actions on violations (acknowledge, comment, waive, assign), and asking the borrower
// to reconnect.

async function done(notice: string): Promise<ActionState> {
  revalidatePath("/", "layout");
  return { notice };
}

export async function acknowledgeViolationAction(
  violationId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    await acknowledgeViolation({ violationId, actor: await requireActionPermission("violations.manage") });
  } catch (error) {
    return actionError(error);
  }
  return done("Acknowledged.");
}

export async function commentViolationAction(
  violationId: string,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    await commentOnViolation({
      violationId,
      body: String(form.get("body") ?? ""),
      actor: await requireActionPermission("violations.manage"),
    });
  } catch (error) {
    return actionError(error);
  }
  return done("Comment added.");
}

export async function waiveViolationAction(
  violationId: string,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("violations.manage");
    await waiveViolation({
      violationId,
      reason: String(form.get("reason") ?? ""),
      until: String(form.get("until") ?? ""),
      actor,
    });
  } catch (error) {
    return actionError(error);
  }
  return done("Waived.");
}

export async function requestReconnectAction(
  borrowerId: string,
  violationId: string | null,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  let delivery: string;
  try {
    const actor = await requireActionPermission("outreach.send");
    const { email } = await requestReconnect({ borrowerId, violationId: violationId ?? undefined, actor });
    // Sent by a job a moment later; without SMTP it waits in the outbox page.
    delivery = env.SMTP_URL
      ? `Email to ${email.to} is on its way: its delivery shows on the Outreach tab.`
      : `Email to ${email.to} is in the outbox.`;
  } catch (error) {
    return actionError(error);
  }
  return done(delivery);
}

/** The queue row's (or the borrower record's) assignee and due date, changed together; empty clears either. */
export async function assignViolationAction(
  violationId: string,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let changed: boolean;
  try {
    const actor = await requireActionPermission("violations.manage");
    changed = await assignViolation({
      violationId,
      change: {
        assigneeId: String(form.get("assigneeId") ?? "") || null,
        dueAt: String(form.get("dueAt") ?? ""),
      },
      actor,
    });
  } catch (error) {
    return actionError(error);
  }
  return done(changed ? "Assignment saved." : "Nothing changed.");
}
