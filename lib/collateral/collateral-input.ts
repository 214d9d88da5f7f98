// A collateral vehicle as the record's form sends it. A VIN whose check digit does not match is most likely a
// typo, so it is refused unless the officer says why it is right (an old or foreign VIN, a loan file copy).
import { z } from "zod";
import { hasValidCheckDigit, normalizeVin } from "@/lib/requirements/normalize/vin";

const optionalText = z
  .string()
  .trim()
  .max(60)
  .transform((value) => value || null)
  .nullable()
  .optional();

export const collateralInputSchema = z
  .object({
    vin: z
      .string()
      .transform(normalizeVin)
      .pipe(z.string().regex(/^[A-HJ-NPR-Z0-9]{17}$/, "A VIN has 17 letters and digits (never I, O or Q).")),
    year: z
      .union([
        z.literal("").transform(() => null),
        z.coerce.number().int().min(1950, "A year from 1950").max(2100),
      ])
      .nullable()
      .optional(),
    make: optionalText,
    model: optionalText,
    overrideReason: z.string().trim().max(500).optional(),
  })
  .superRefine((input, context) => {
    if (!hasValidCheckDigit(input.vin) && (input.overrideReason ?? "").length < 3)
      context.addIssue({
        code: "custom",
        path: ["vin"],
        message:
          "The check digit (9th character) does not match: check the VIN, or give the reason it is right.",
      });
  });

export type CollateralInput = z.infer<typeof collateralInputSchema>;
