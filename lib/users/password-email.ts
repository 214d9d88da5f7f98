// The invitation and password-reset emails: plain text with the one-time set-password link.
export type PasswordEmailPurpose = "INVITE" | "RESET";

export const passwordLinkLifetimeHours = 72;

/** The link in the email: the app's public URL, the set-password page and the token. */
export function setPasswordLink(appUrl: string, token: string): string {
  const url = new URL("/set-password", appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

export function passwordEmail({
  purpose,
  name,
  link,
  senderName,
}: {
  purpose: PasswordEmailPurpose;
  name: string;
  link: string;
  senderName: string;
}): { subject: string; text: string } {
  const lifetime = `${passwordLinkLifetimeHours} hours`;
  if (purpose === "INVITE")
    return {
      subject: "You are invited to Coverwatch",
      text: [
        `Hello ${name},`,
        "",
        `${senderName} invited you to Coverwatch. Choose your password here to sign in:`,
        "",
        link,
        "",
        `The link works once and for ${lifetime}. If it has expired, ask your Coverwatch admin for a new one.`,
      ].join("\n"),
    };
  return {
    subject: "Set a new Coverwatch password",
    text: [
      `Hello ${name},`,
      "",
      `${senderName} sent you a link to set a new Coverwatch password:`,
      "",
      link,
      "",
      `The link works once and for ${lifetime}. Your current password keeps working until you use it; setting`,
      "a new one signs you out everywhere. If you did not expect this email, tell your Coverwatch admin.",
    ].join("\n"),
  };
}
