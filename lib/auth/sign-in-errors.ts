// next-auth sends a sign-in problem back to /signin as `?error=<code>`; people read these words instead.
const messages: Record<string, string> = {
  OAuthSignin: "Single sign-on could not start. Try again; if it keeps failing, tell your Coverwatch admin.",
  OAuthCallback:
    "Your identity provider's answer could not be verified. Try again; if it keeps failing, tell your Coverwatch admin.",
  OAuthCreateAccount: "Your account could not be set up. Ask your Coverwatch admin.",
  OAuthAccountNotLinked: "This account is linked to another way of signing in.",
  Callback: "Signing in did not complete. Try again.",
  AccessDenied: "You are not allowed to sign in to Coverwatch.",
  CredentialsSignin: "Wrong email or password.",
  SessionRequired: "Sign in to see that page.",
  Configuration: "Signing in is not configured correctly. Tell your Coverwatch admin.",
  Verification: "That sign-in link is no longer valid.",
};

/** The words for next-auth's error code, or null when there is none. Unknown codes get a general sentence. */
export function signInErrorMessage(code: string | string[] | undefined): string | null {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return null;
  return messages[value] ?? "Signing in did not work. Try again.";
}
