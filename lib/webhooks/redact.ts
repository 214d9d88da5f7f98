// Webhook payloads as shown to operators: one-time codes, tokens and secrets replaced, everything else kept.
const secretKey = /(auth_?code|token|secret|password|authorization)/i;

export function redactPayload(raw: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(raw)), null, 2);
  } catch {
    return "(not JSON)";
  }
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        secretKey.test(key) && typeof inner === "string" ? "[redacted]" : redactValue(inner),
      ]),
    );
  }
  return value;
}
