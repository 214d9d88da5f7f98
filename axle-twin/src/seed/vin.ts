// VINs with a correct ISO 3779 check digit (position 9), so the twin's vehicles pass a real VIN check. The
// arithmetic is Coverwatch's own (lib/), shared rather than written twice.
import { checkDigitOf } from "../../../lib/requirements/normalize/vin";

/** Replaces position 9 of a 17-character VIN with its correct check digit. */
export function withCheckDigit(vin: string): string {
  return `${vin.slice(0, 8)}${checkDigitOf(vin)}${vin.slice(9)}`;
}
