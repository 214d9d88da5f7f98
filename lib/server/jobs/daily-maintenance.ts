import "server-only";
import { db } from "../db";
import { log } from "../log";
import { sendDueReminders } from "../outreach/send-due-reminders";
import { reevaluateBorrowers } from "../profiles/reevaluate-borrowers";
import { lapseWaivers } from "../violations/lapse-waivers";

/**
 * Once a day: waivers past their date open again, every monitored policy is evaluated again (expiry,
 * effective date and freshness change with time alone), and reminders fall due.
 */
export async function runDailyMaintenance(now = new Date()) {
  const lapsed = await lapseWaivers(now);
  const borrowers = await db.borrower.findMany({
    where: { connections: { some: { isMonitoring: true } } },
    select: { id: true },
  });
  const evaluated = await reevaluateBorrowers(
    borrowers.map((borrower) => borrower.id),
    now,
  );
  const reminders = await sendDueReminders(now);
  log.info("daily maintenance", { lapsed, evaluated, reminders });
  return { lapsed, evaluated, reminders };
}
