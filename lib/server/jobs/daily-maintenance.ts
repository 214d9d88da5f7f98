import "server-only";
import { pruneOldSessions } from "../auth/sessions";
import { refreshAllComplianceStatuses } from "../compliance/refresh-compliance-status";
import { writeComplianceRollup } from "../compliance/write-compliance-rollup";
import { db } from "../db";
import { log } from "../log";
import { sendDueChases } from "../onboarding/send-due-chases";
import { sendDueReminders } from "../outreach/send-due-reminders";
import { reevaluateBorrowers } from "../profiles/reevaluate-borrowers";
import { lapseWaivers } from "../violations/lapse-waivers";

/**
 * Once a day: waivers past their date open again, every monitored policy is evaluated again (expiry,
 * effective date and freshness change with time alone), and reminders fall due, to borrowers asked to reconnect
 * and to invited borrowers who have not connected. Then every borrower's stored
 * status is recomputed (staleness and expiry move with the clock, also for borrowers nothing happened to) and
 * today's rollup is counted from it. Sign-in sessions older than any cookie can be are deleted.
 */
export async function runDailyMaintenance(now = new Date()) {
  const lapsed = await lapseWaivers(now);
  // Monitored borrowers, and invited ones who never connected: the invite's clock runs for them.
  const borrowers = await db.borrower.findMany({
    where: {
      OR: [
        { connections: { some: { isMonitoring: true } } },
        { connections: { none: {} }, outreach: { some: {} } },
      ],
    },
    select: { id: true },
  });
  const evaluated = await reevaluateBorrowers(
    borrowers.map((borrower) => borrower.id),
    now,
  );
  const reminders = await sendDueReminders(now);
  const chases = await sendDueChases(now);
  const statusesChanged = await refreshAllComplianceStatuses(now);
  await writeComplianceRollup(now);
  const sessionsPruned = await pruneOldSessions(now);
  log.info("daily maintenance", { lapsed, evaluated, reminders, chases, statusesChanged, sessionsPruned });
  return { lapsed, evaluated, reminders, chases, statusesChanged };
}
