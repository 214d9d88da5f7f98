import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { thresholdsReachedBy } from "@/lib/alerts/severity-threshold";
import { can } from "@/lib/auth/permissions";
import { wantsViolationEmail } from "@/lib/notifications/notification-preferences";
import { violationAlertEmail } from "@/lib/notifications/violation-alert-email";
import type { Tx } from "../db";
import { env } from "../env";
import { recordUserAlert } from "./record-user-alert";
import type { openedViolationSelect } from "./violation-opened";

export type OpenedViolation = Prisma.ViolationGetPayload<{ select: typeof openedViolationSelect }>;

/**
 * Each user whose notification preferences ask for it gets an email about the violation (issue 13, §2): active
 * (not deactivated), allowed to read violations, the severity at or above their threshold, and their scope every
 * borrower or the violation assigned to them. A user already told about this violation (by this job before a
 * retry, or when it was assigned to them) is not told again: one email per user and violation.
 */
export async function recordUserAlerts(tx: Tx, violation: OpenedViolation): Promise<void> {
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      notificationPreference: { immediateSeverity: { in: thresholdsReachedBy(violation.severity) } },
      alerts: { none: { violationId: violation.id } },
    },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      notificationPreference: { select: { immediateSeverity: true, scope: true } },
    },
    orderBy: { id: "asc" },
  });
  for (const user of users) {
    const preferences = user.notificationPreference;
    if (!preferences || !can(user.role, "violations.read")) continue;
    if (!wantsViolationEmail(preferences, violation, user.id)) continue;
    await recordUserAlert(tx, {
      alert: { userId: user.id, kind: "VIOLATION_OPENED", violationId: violation.id },
      email: {
        to: user.email,
        ...violationAlertEmail({ violation, recipientName: user.name, preferences, appUrl: env.APP_URL }),
      },
    });
  }
}
