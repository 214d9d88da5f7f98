// How the parts of an Axle Policy read to a person: vehicles by year/make/model, coverages by their label,
// money and dates formatted, and the difference between null and absent kept visible.
import { formatDate, formatMoney } from "@/lib/format-human";

/** Axle's auto coverage codes, for when a coverage arrives without its label. */
export const coverageCodeLabels: Record<string, string> = {
  BI: "Bodily injury liability",
  PD: "Property damage liability",
  UMBI: "Uninsured motorist bodily injury",
  UMPD: "Uninsured motorist property damage",
  UIMBI: "Underinsured motorist bodily injury",
  UIMPD: "Underinsured motorist property damage",
  UUIMBI: "Uninsured/underinsured motorist bodily injury",
  UUIMPD: "Uninsured/underinsured motorist property damage",
  COLL: "Collision",
  COMP: "Comprehensive",
};

export const thirdPartyTypeLabels: Record<string, string> = {
  lienholder: "Lienholder",
  lessor: "Lessor",
  interest: "Interest",
};

// Axle documents null as "the carrier did not report it" and absent as "does not apply / not provided".
export const notReported = "Not reported by the carrier";
export const notProvided = "Not provided";

/** A value that may be null (not reported) or absent (not provided), in words. */
export function describeMissing(value: unknown): string | null {
  if (value === undefined) return notProvided;
  if (value === null) return notReported;
  return null;
}

export function moneyOrMissing(value: unknown): string {
  return describeMissing(value) ?? (typeof value === "number" ? formatMoney(value) : String(value));
}

export function dateOrMissing(value: unknown): string {
  const missing = describeMissing(value);
  if (missing) return missing;
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : formatDate(date);
}

type VehicleData = { vin?: unknown; year?: unknown; make?: unknown; model?: unknown };

/** "2019 Mercedes-Benz C 300", or the VIN when the carrier gave no description. */
export function vehicleName(data: VehicleData | null | undefined): string {
  const parts = [data?.year, data?.make, data?.model].filter(
    (part): part is string | number =>
      (typeof part === "string" && part.trim() !== "") || typeof part === "number",
  );
  if (parts.length > 0) return parts.join(" ");
  return typeof data?.vin === "string" && data.vin ? `VIN ${data.vin}` : "an unnamed vehicle";
}

export function coverageLabel(coverage: { code?: unknown; label?: unknown }): string {
  if (typeof coverage.label === "string" && coverage.label.trim()) return coverage.label;
  const code = String(coverage.code ?? "");
  return coverageCodeLabels[code] ?? code;
}

/** "$100,000 per person / $300,000 per accident, $500 deductible": what a coverage gives, in one line. */
export function coverageSummary(coverage: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof coverage.limitPerPerson === "number")
    parts.push(`${formatMoney(coverage.limitPerPerson)} per person`);
  if (typeof coverage.limitPerAccident === "number")
    parts.push(`${formatMoney(coverage.limitPerAccident)} per accident`);
  const limits = parts.join(" / ");
  const deductible =
    typeof coverage.deductible === "number" ? `${formatMoney(coverage.deductible)} deductible` : null;
  return [limits, deductible].filter(Boolean).join(", ") || "no limits or deductible reported";
}

export function addressLine(address: Record<string, unknown> | null | undefined): string | null {
  if (!address) return null;
  const parts = ["addressLine1", "addressLine2", "city", "state", "postalCode", "country"]
    .map((key) => address[key])
    .filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return parts.length > 0 ? parts.join(", ") : null;
}
