// The form that creates an API key: a name and how long it lives.
import { z } from "zod";

export const apiKeyExpiryOptions = [
  { value: "never", label: "Never expires", days: null },
  { value: "30", label: "In 30 days", days: 30 },
  { value: "90", label: "In 90 days", days: 90 },
  { value: "365", label: "In a year", days: 365 },
] as const;
export type ApiKeyExpiry = (typeof apiKeyExpiryOptions)[number]["value"];

export const apiKeyInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the key after the system that uses it.")
    .max(80, "At most 80 characters."),
  expiry: z.enum(apiKeyExpiryOptions.map((option) => option.value) as [ApiKeyExpiry, ...ApiKeyExpiry[]], {
    error: "Choose when the key expires.",
  }),
});
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/** When a key created now with this choice expires; null for never. */
export function expiryDate(expiry: ApiKeyExpiry, now: Date): Date | null {
  const days = apiKeyExpiryOptions.find((option) => option.value === expiry)?.days ?? null;
  return days === null ? null : new Date(now.getTime() + days * dayMs);
}
