// Webhook payloads as shown to operators: one-time codes, tokens and secrets replaced, everything else kept.
// Borrowers' emails and phone numbers are hidden too from those who do not manage the product (admins see
// them, to trace a delivery).
const secretKey = /(auth_?code|token|secret|password|authorization)/i;
const personalKey = /^(e-?mail|email_?address|phone|phone_?number|mobile)$/i;

export function redactPayload(
  raw: string,
  { hidePersonal = false }: { hidePersonal?: boolean } = {},
): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(raw), hidePersonal), null, 2);
  } catch {
    return "(not JSON)";
  }
}

function redactValue(value: unknown, hidePersonal: boolean): unknown {
  if (Array.isArray(value)) return value.map((inner) => redactValue(inner, hidePersonal));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (typeof inner === "string" && secretKey.test(key)) return [key, "[redacted]"];
        if (typeof inner === "string" && hidePersonal && personalKey.test(key)) return [key, "[hidden]"];
        return [key, redactValue(inner, hidePersonal)];
      }),
    );
  }
  return value;
}
