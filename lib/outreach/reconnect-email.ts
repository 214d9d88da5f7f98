// The words of a request to reconnect, chosen by why we ask (Axle's API reference gives the reasons).
export type ReconnectReason =
  | "credentials-expired"
  | "mfa-expired"
  | "account-disabled"
  | "account-inaccessible"
  | "policy-removed"
  | "requirement-failing"
  /** Never connected: the request asks for a first connection, not a reconnection. */
  | "not-connected"
  /** Nothing is wrong: the officer asks for a fresh connection (a new policy, a check before a review). */
  | "check-in";

const explanations: Record<ReconnectReason, string> = {
  "credentials-expired":
    "The connection to your insurance account stopped working, most likely because your password changed or needed a reset.",
  "mfa-expired":
    "Your insurance company asked to verify your identity again (a one-time code or similar), so the connection paused.",
  "account-disabled":
    "Your insurance company disabled the online account we were connected to, for example after a period of inactivity.",
  "account-inaccessible": "We have not been able to reach your insurance account for a while.",
  "policy-removed": "The policy we were monitoring no longer appears in your insurance account.",
  "requirement-failing": "Your current policy does not meet a requirement of your loan.",
  "not-connected": "We have not yet been able to confirm the insurance on the vehicle of your loan.",
  "check-in": "We would like to confirm that the insurance on the vehicle of your loan is up to date.",
};

export function isReconnectReason(value: string): value is ReconnectReason {
  return value in explanations;
}

type EmailInput = {
  borrowerFirstName: string;
  lenderName: string | null;
  reason: ReconnectReason;
  detail?: string;
  link: string;
  reminderNumber: number;
};

export function reconnectEmail({
  borrowerFirstName,
  lenderName,
  reason,
  detail,
  link,
  reminderNumber,
}: EmailInput) {
  const lender = lenderName ?? "your lender";
  const verb = reason === "not-connected" ? "connect" : "reconnect";
  const subject = `${reminderNumber > 0 ? "Reminder: " : ""}Please ${verb} your insurance for ${lender}`;
  const lines = [
    `Hello ${borrowerFirstName},`,
    "",
    explanations[reason],
    ...(detail ? ["", `What we found: ${detail}`] : []),
    "",
    reason === "requirement-failing"
      ? "If you have changed or updated your policy, please connect it again so we can confirm your coverage:"
      : reason === "not-connected"
        ? "Please connect your insurance account so we can confirm your coverage:"
        : "Please connect your insurance again so we can keep confirming your coverage:",
    link,
    "",
    "It takes about two minutes. You sign in to your insurance company through Axle; we never see your password.",
    "",
    `Thank you,\n${lenderName ?? "Your lender"}`,
  ];
  return { subject, text: lines.join("\n") };
}
