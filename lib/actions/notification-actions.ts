"use server";

import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { notificationPreferencesSchema } from "@/lib/notifications/notification-preferences";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { saveNotificationPreferences } from "@/lib/server/notifications/save-notification-preferences";

// The signed-in user's own notification settings: nobody sets another user's, so the user is the session's.

export async function saveNotificationPreferencesAction(
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = submittedValues(form);
  try {
    const user = await requireActionPermission("dashboard.read");
    const parsed = notificationPreferencesSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    const isChanged = await saveNotificationPreferences({ user, preferences: parsed.data });
    return {
      notice: isChanged ? "Notification settings saved." : "No change: these are already your settings.",
      values,
    };
  } catch (error) {
    return { ...actionError(error), values };
  }
}
