// What a person refused at single sign-on reads, per reason (see lib/server/auth/sso-sign-in.ts).
export type SsoRefusalMessage = { title: string; body: string };

export function ssoRefusalMessage(reason: string, email: string | null): SsoRefusalMessage {
  const them = email ?? "you";
  switch (reason) {
    case "unknown":
      return {
        title: "Your account is not set up in Coverwatch",
        body: email
          ? `Ask your Coverwatch admin to invite ${email}, then sign in again.`
          : "Ask your Coverwatch admin to invite you with the email address you use at your identity provider.",
      };
    case "disabled":
      return {
        title: "Your Coverwatch account is deactivated",
        body: `An admin deactivated the account for ${them}. Ask your Coverwatch admin to reactivate it if you still need access.`,
      };
    case "no-role":
      return {
        title: "You have no Coverwatch role",
        body: `Your identity provider gave ${them} no group that grants a Coverwatch role (admin, compliance officer or viewer). Ask your IT admin to add you to one.`,
      };
    case "unverified":
      return {
        title: "Your email address is not verified",
        body: `Your identity provider says ${them === "you" ? "your address" : them} is not verified. Verify it there, then sign in again.`,
      };
    case "no-email":
      return {
        title: "Your identity provider sent no email address",
        body: "Coverwatch recognises people by their email address. Ask your IT admin to release the email claim to Coverwatch.",
      };
    case "conflict":
      return {
        title: "This email belongs to another person's sign-in",
        body: `${email ?? "Your address"} is linked to a different identity at your identity provider. Ask your Coverwatch admin to check the account.`,
      };
    case "failed":
      return {
        title: "Single sign-on did not complete",
        body: "Something went wrong on our side while signing you in. Try again in a moment; if it keeps failing, tell your Coverwatch admin.",
      };
    default:
      return { title: "Single sign-on did not let you in", body: "Try again, or ask your Coverwatch admin." };
  }
}
