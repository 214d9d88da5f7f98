// What pino blanks out ("[redacted]") before a line is written. Call sites are meant never to pass these (see
// the audit in docs/production.md, "Logs"); this list is the net under that rule, for a field added later or an
// object logged whole. pino's paths match exactly, so each name is listed at the top level and one and two levels
// down (`*.x`, `*.*.x`): a payload, and a payload inside a request or an error.

/** Field names that hold a secret or personal data wherever they appear. */
const sensitiveNames = [
  // Axle's per-account access token, and anything else named for a token (Ignition tokens, API keys' secrets).
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "ignitionToken",
  // What Ignition's redirect carries and the app exchanges for an access token.
  "authCode",
  "authCodes",
  // The client secret for Axle and the identity provider; the secret shared with Axle's webhooks; signing secrets.
  "secret",
  "clientSecret",
  "webhookSecret",
  "apiKey",
  // Users' passwords, the first admin's one-time password included.
  "password",
  "newPassword",
  "currentPassword",
  // Personal data of borrowers and users: an email in a logged payload is a leak of its own.
  "email",
] as const;

/** Request and response headers that carry credentials, should `headers` ever be logged. */
const sensitiveHeaders = [
  "authorization",
  "cookie",
  "set-cookie",
  "x-client-secret",
  "x-access-token",
  "x-webhook-secret",
] as const;

const nameDepths = (name: string) => [name, `*.${name}`, `*.*.${name}`];
const headerDepths = (header: string) => [
  `headers["${header}"]`,
  `*.headers["${header}"]`,
  `*.*.headers["${header}"]`,
];

export const redactPaths: string[] = [
  ...sensitiveNames.flatMap(nameDepths),
  ...sensitiveHeaders.flatMap(headerDepths),
];

/** What stands in for a redacted value. */
export const redactCensor = "[redacted]";
