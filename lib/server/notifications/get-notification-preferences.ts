import "server-only";
import {
  defaultNotificationPreferences,
  type NotificationPreferences,
} from "@/lib/notifications/notification-preferences";
import { db, type Tx } from "../db";

/** A user's own notification settings; nothing chosen yet reads as every email off. */
export async function getNotificationPreferences(
  userId: string,
  client: Tx = db,
): Promise<NotificationPreferences> {
  const stored = await client.notificationPreference.findUnique({
    where: { userId },
    select: { immediateSeverity: true, scope: true, dailyDigest: true },
  });
  return stored ?? defaultNotificationPreferences;
}
