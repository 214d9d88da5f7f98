import "server-only";
import { can } from "@/lib/auth/permissions";
import { digestEmail } from "@/lib/notifications/digest-email";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { countDigest, utcDayOf } from "./count-digest";
import { recordUserAlert } from "./record-user-alert";

/**
 * The `daily-digest` job (DIGEST_CRON): each active user who asked for the digest gets one email for the UTC day,
 * written with its alert row and sending job in one transaction per user. Running it again the same day (a
 * retry, a second worker, a manual run) finds their digest recorded and sends nothing more. Answers how many
 * digests it wrote.
 */
export async function runDailyDigest(now = new Date()): Promise<number> {
  const digestDay = utcDayOf(now);
  const recipients = (
    await db.user.findMany({
      where: {
        disabledAt: null,
        notificationPreference: { dailyDigest: true },
        alerts: { none: { digestDay } },
      },
      select: { id: true, name: true, email: true, role: true },
      orderBy: { id: "asc" },
    })
  ).filter((user) => can(user.role, "dashboard.read"));
  if (recipients.length === 0) return 0;
  const content = await countDigest(now);
  let written = 0;
  for (const user of recipients) {
    const email = digestEmail({ content, recipientName: user.name, appUrl: env.APP_URL });
    const isWritten = await db.$transaction((tx) =>
      recordUserAlert(tx, {
        alert: { userId: user.id, kind: "DAILY_DIGEST", digestDay },
        email: { to: user.email, ...email },
      }),
    );
    if (isWritten) written += 1;
  }
  log.info("daily digest written", { day: digestDay.toISOString().slice(0, 10), emails: written });
  return written;
}
