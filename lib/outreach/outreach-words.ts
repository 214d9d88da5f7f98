// An outreach row in words, the same on the record's Outreach tab and in its timeline.
import { connectionStatusLabel } from "@/lib/axle/connection-status-labels";

/** Invitations (and their chases) carry the reason `invite`; requests to reconnect, the status that caused them. */
export const inviteReason = "invite";

export function outreachTitle({ reason, reminderNumber }: { reason: string; reminderNumber: number }) {
  if (reason === inviteReason)
    return reminderNumber > 0 ? `Invitation reminder ${reminderNumber}` : "Invitation";
  return reminderNumber > 0 ? `Reminder ${reminderNumber}` : "Request to reconnect";
}

const reasonWords: Record<string, string> = {
  [inviteReason]: "Never connected",
  "not-connected": "Never connected",
  "check-in": "Check-in: nothing failing",
  "requirement-failing": "Requirement failing",
  "policy-removed": "Policy removed",
};

export function outreachReason(reason: string) {
  return reasonWords[reason] ?? connectionStatusLabel(reason);
}
