// Collateral vehicles with VINs a real check would accept: the manufacturer's prefix, the model year's letter
// in position 10, a serial that makes each VIN unique, and the ISO 3779 check digit in position 9.
import { checkDigitOf } from "@/lib/requirements/normalize/vin";
import { between, pick, type Random } from "./random";

export type SeedVehicle = { vin: string; year: number; make: string; model: string; bodyStyle: string };

const models: { wmi: string; make: string; model: string; bodyStyle: string }[] = [
  { wmi: "1HG", make: "Honda", model: "Accord", bodyStyle: "sedan" },
  { wmi: "2HG", make: "Honda", model: "Civic", bodyStyle: "sedan" },
  { wmi: "5J6", make: "Honda", model: "CR-V", bodyStyle: "suv" },
  { wmi: "4T1", make: "Toyota", model: "Camry", bodyStyle: "sedan" },
  { wmi: "2T1", make: "Toyota", model: "Corolla", bodyStyle: "sedan" },
  { wmi: "2T3", make: "Toyota", model: "RAV4", bodyStyle: "suv" },
  { wmi: "5TF", make: "Toyota", model: "Tundra", bodyStyle: "pickup" },
  { wmi: "1FT", make: "Ford", model: "F-150", bodyStyle: "pickup" },
  { wmi: "1FM", make: "Ford", model: "Explorer", bodyStyle: "suv" },
  { wmi: "1FA", make: "Ford", model: "Mustang", bodyStyle: "coupe" },
  { wmi: "1GC", make: "Chevrolet", model: "Silverado 1500", bodyStyle: "pickup" },
  { wmi: "1G1", make: "Chevrolet", model: "Malibu", bodyStyle: "sedan" },
  { wmi: "3GN", make: "Chevrolet", model: "Equinox", bodyStyle: "suv" },
  { wmi: "1C6", make: "Ram", model: "1500", bodyStyle: "pickup" },
  { wmi: "1C4", make: "Jeep", model: "Grand Cherokee", bodyStyle: "suv" },
  { wmi: "5NP", make: "Hyundai", model: "Sonata", bodyStyle: "sedan" },
  { wmi: "KM8", make: "Hyundai", model: "Tucson", bodyStyle: "suv" },
  { wmi: "5XY", make: "Kia", model: "Sorento", bodyStyle: "suv" },
  { wmi: "1N4", make: "Nissan", model: "Altima", bodyStyle: "sedan" },
  { wmi: "5N1", make: "Nissan", model: "Rogue", bodyStyle: "suv" },
  { wmi: "4S4", make: "Subaru", model: "Outback", bodyStyle: "wagon" },
  { wmi: "WDD", make: "Mercedes-Benz", model: "C 300", bodyStyle: "sedan" },
  { wmi: "WBA", make: "BMW", model: "330i", bodyStyle: "sedan" },
  { wmi: "5YJ", make: "Tesla", model: "Model 3", bodyStyle: "sedan" },
  { wmi: "3VW", make: "Volkswagen", model: "Jetta", bodyStyle: "sedan" },
];

const vinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
/** Position 10: the model year (2010 = A … 2026 = T; I, O, Q, U and Z are never used). */
const yearCodes = "ABCDEFGHJKLMNPRST";

export function seedVehicle(random: Random, serial: number): SeedVehicle {
  const { wmi, make, model, bodyStyle } = pick(random, models);
  const year = between(random, 2014, 2026);
  let vds = "";
  for (let i = 0; i < 5; i++) vds += pick(random, vinChars);
  const plant = pick(random, vinChars);
  const draft = `${wmi}${vds}0${yearCodes[year - 2010]}${plant}${String(serial % 1_000_000).padStart(6, "0")}`;
  const vin = `${draft.slice(0, 8)}${checkDigitOf(draft)}${draft.slice(9)}`;
  return { vin, year, make, model, bodyStyle };
}
