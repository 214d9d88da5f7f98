// How a throttled sign-in reaches the form and what it says. next-auth's client reads only the `error`
// parameter of the answer's URL, so the wait rides in it: `TooManyAttempts:<seconds>`.

const code = "TooManyAttempts";

export function signInThrottledUrl(origin: string, retryAfterSeconds: number): string {
  const url = new URL("/signin", origin);
  url.searchParams.set("error", `${code}:${retryAfterSeconds}`);
  return url.toString();
}

/** The form's words for a throttled attempt, or null when the error is something else. */
export function signInThrottledMessage(error: string | null | undefined): string | null {
  const match = error?.match(/^TooManyAttempts:(\d+)$/);
  if (!match) return null;
  const minutes = Math.ceil(Number(match[1]) / 60);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return `Too many sign-in attempts. For your account's safety, wait ${wait} and try again.`;
}
