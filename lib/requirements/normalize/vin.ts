// VINs as written on policies and loan files: case, spaces and dashes vary; the check digit (position 9,
// ISO 3779) catches most typos.
const transliteration: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Upper case, without anything that is not a letter or a digit. */
export function normalizeVin(vin: string): string {
  return vin.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** The check digit a 17-character VIN should carry in position 9 ("X" stands for 10). */
export function checkDigitOf(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const char = vin[i] ?? "0";
    sum += (/\d/.test(char) ? Number(char) : (transliteration[char] ?? 0)) * (weights[i] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** A 17-character VIN whose check digit is right (letters I, O and Q never appear in a VIN). */
export function hasValidCheckDigit(vin: string): boolean {
  const normalized = normalizeVin(vin);
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(normalized) && normalized[8] === checkDigitOf(normalized);
}

export type VinComparison = "exact" | "last-8" | "different";

/** Exact after normalisation; the last 8 characters alone (serial part) are a partial match. */
export function compareVins(a: string, b: string): VinComparison {
  const [left, right] = [normalizeVin(a), normalizeVin(b)];
  if (left.length === 0 || right.length === 0) return "different";
  if (left === right) return "exact";
  if (left.length >= 8 && right.length >= 8 && left.slice(-8) === right.slice(-8)) return "last-8";
  return "different";
}
