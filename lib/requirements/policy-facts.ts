// Reading a policy the way the rules need it: coverages per vehicle, the collateral's vehicle, money and dates.
import type { AxlePolicy } from "@/lib/axle/schemas";
import { compareVins } from "./normalize/vin";
import type { CollateralVehicle, Evidence, RuleOutcome, RuleResult } from "./types";

export type Coverage = AxlePolicy["coverages"][number];
export type VehicleProperty = { id: string; vin: string; label: string };

export function vehicleProperties(policy: AxlePolicy): VehicleProperty[] {
  return policy.properties
    .filter((property) => property.type === "vehicle")
    .map((property) => {
      const data = property.data as Record<string, unknown>;
      const label = [data.year, data.make, data.model].filter(Boolean).join(" ");
      return { id: property.id, vin: typeof data.vin === "string" ? data.vin : "", label };
    });
}

/** The policy's vehicle for a collateral VIN: exact after normalisation, or by its last 8 characters. */
export function findVehicle(policy: AxlePolicy, vin: string) {
  let partial: VehicleProperty | undefined;
  for (const vehicle of vehicleProperties(policy)) {
    const comparison = compareVins(vehicle.vin, vin);
    if (comparison === "exact") return { vehicle, comparison };
    if (comparison === "last-8") partial ??= vehicle;
  }
  return partial ? { vehicle: partial, comparison: "last-8" as const } : null;
}

/** A coverage of this code for this vehicle: one on that property, or one without `property` (every vehicle). */
export function coverageFor(
  policy: AxlePolicy,
  code: string | string[],
  propertyId?: string,
): Coverage | undefined {
  const codes = Array.isArray(code) ? code : [code];
  const matches = policy.coverages.filter((coverage) => codes.includes(coverage.code));
  for (const wanted of codes) {
    const found =
      matches.find(
        (coverage) =>
          coverage.code === wanted && propertyId !== undefined && coverage.property === propertyId,
      ) ?? matches.find((coverage) => coverage.code === wanted && coverage.property === undefined);
    if (found) return found;
  }
  return propertyId === undefined ? matches[0] : undefined;
}

/**
 * The vehicles a rule checks: the collateral vehicles this policy carries (another policy may carry the rest,
 * which the collateral-covered rule checks), or every collateral vehicle as missing when the policy carries
 * none of them, or every vehicle of the policy when no collateral is on file.
 */
export function vehiclesToCheck(
  policy: AxlePolicy,
  collateral: CollateralVehicle[],
): { vin: string; property: VehicleProperty | null }[] {
  if (collateral.length === 0)
    return vehicleProperties(policy).map((property) => ({ vin: property.vin, property }));
  const vehicles = collateral.map((vehicle) => ({
    vin: vehicle.vin,
    property: findVehicle(policy, vehicle.vin)?.vehicle ?? null,
  }));
  const onPolicy = vehicles.filter((vehicle) => vehicle.property);
  return onPolicy.length > 0 ? onPolicy : vehicles;
}

export function money(value: number | null | undefined): string {
  if (value === null || value === undefined) return "not reported";
  return `$${value.toLocaleString("en-US")}`;
}

export function day(value: string | Date): string {
  return (typeof value === "string" ? new Date(value) : value).toISOString().slice(0, 10);
}

export function result(
  ruleKey: string,
  outcome: RuleOutcome,
  message: string,
  evidence: Evidence,
): RuleResult {
  return { ruleKey, outcome, message, evidence };
}

const dayMs = 24 * 60 * 60 * 1000;

/** Whole calendar days (UTC) from `now` to `until`: 30 when today is Nov 30 and it ends Dec 30, whatever the hour. */
export function calendarDaysUntil(until: Date, now: Date): number {
  const midnight = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((midnight(until) - midnight(now)) / dayMs);
}

/**
 * A renewal term in force today: the carrier reports it active (true, not null: Axle documents null as "may have
 * been removed"), it has started, and it has not ended. Coverage continues through it even if the current term
 * has ended.
 */
export function renewalInForce(renewal: AxlePolicy | null, now: Date): AxlePolicy | null {
  if (renewal?.isActive !== true || !renewal.effectiveDate) return null;
  if (Date.parse(renewal.effectiveDate) > now.getTime()) return null;
  if (renewal.expirationDate && Date.parse(renewal.expirationDate) <= now.getTime()) return null;
  return renewal;
}
