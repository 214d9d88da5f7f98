// A renewal term: the same policy id, the next term's dates, a slightly higher premium.
import type { AxlePolicy } from "../types";

export function buildRenewal(policy: AxlePolicy, now: Date): AxlePolicy {
  const start = typeof policy.expirationDate === "string" ? new Date(policy.expirationDate) : new Date(now);
  const lengthMs =
    typeof policy.effectiveDate === "string" && typeof policy.expirationDate === "string"
      ? Date.parse(policy.expirationDate) - Date.parse(policy.effectiveDate)
      : 182 * 24 * 60 * 60 * 1000;
  const premium =
    typeof policy.premium === "number" ? Math.round(policy.premium * 105) / 100 : policy.premium;
  const timestamp = now.toISOString();
  return {
    ...policy,
    isActive: true,
    effectiveDate: start.toISOString(),
    expirationDate: new Date(start.getTime() + lengthMs).toISOString(),
    premium,
    modifiedAt: timestamp,
    refreshedAt: timestamp,
  };
}
