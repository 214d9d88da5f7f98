import "server-only";
import { can } from "@/lib/auth/permissions";
import { wantsViolationEmail } from "@/lib/notifications/notification-preferences";
import { violationAlertEmail } from "@/lib/notifications/violation-alert-email";
import type { CurrentUser } from "../auth/current-user";
import type { Tx } from "../db";
import { env } from "../env";
import { recordUserAlert } from "./record-user-alert";
import { openedViolationSelect } from "./violation-opened";

/**
 * Inside the assignment's transaction: tells the new assignee, by email, that a violation is theirs to work, when
 * they asked for violations assigned to them (scope "assigned to me") and its severity reaches their threshold.
 * Nobody is told about what they assigned to themselves, nor about a waived violation (nothing to do until the
 * waiver ends), nor twice about one violation (reassigned back, or already told when it opened).
 */
export async function recordAssignmentAlert(
  tx: Tx,
  { violationId, assigneeId, actor }: { violationId: string; assigneeId: string; actor: CurrentUser },
): Promise<boolean> {
  if (assigneeId === actor.id) return false;
  const assignee = await tx.user.findUnique({
    where: { id: assigneeId },
    select: {
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      notificationPreference: { select: { immediateSeverity: true, scope: true } },
      alerts: { where: { violationId }, select: { id: true } },
    },
  });
  const preferences = assignee?.notificationPreference;
  if (!assignee || !preferences || assignee.disabledAt || assignee.alerts.length > 0) return false;
  if (preferences.scope !== "ASSIGNED_TO_ME" || !can(assignee.role, "violations.read")) return false;
  const violation = await tx.violation.findUniqueOrThrow({
    where: { id: violationId },
    select: { ...openedViolationSelect, dueAt: true },
  });
  if (violation.status !== "OPEN" && violation.status !== "ACKNOWLEDGED") return false;
  if (!wantsViolationEmail(preferences, violation, assigneeId)) return false;
  return recordUserAlert(tx, {
    alert: { userId: assigneeId, kind: "VIOLATION_ASSIGNED", violationId },
    email: {
      to: assignee.email,
      ...violationAlertEmail({
        violation,
        recipientName: assignee.name,
        preferences,
        appUrl: env.APP_URL,
        assignment: { assignedBy: actor.name, dueAt: violation.dueAt },
      }),
    },
  });
}
