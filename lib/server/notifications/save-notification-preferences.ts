import "server-only";
import type { NotificationPreferences } from "@/lib/notifications/notification-preferences";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { getNotificationPreferences } from "./get-notification-preferences";

/**
 * Saves the signed-in user's own notification settings with a `user.notifications-changed` audit row (what they
 * were and what they are), in one transaction. Saving the same settings again changes and audits nothing.
 */
export async function saveNotificationPreferences({
  user,
  preferences,
}: {
  user: CurrentUser;
  preferences: NotificationPreferences;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // Two saves at once take turns, so each audit row's `from` is what the other left.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
    const current = await getNotificationPreferences(user.id, tx);
    const isSame = (Object.keys(preferences) as (keyof NotificationPreferences)[]).every(
      (key) => current[key] === preferences[key],
    );
    if (isSame) return false;
    await tx.notificationPreference.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...preferences },
      update: preferences,
    });
    await recordAudit(tx, {
      actor: userActor(user),
      action: "user.notifications-changed",
      targetType: "User",
      targetId: user.id,
      details: { from: { ...current }, to: { ...preferences } },
    });
    return true;
  });
}
