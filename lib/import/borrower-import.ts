// Borrowers and their collateral from a CSV file: one row per vehicle; a borrower with two vehicles has two
// rows with the same loan reference. Every row is checked before anything is written.
import { z } from "zod";
import { hasValidCheckDigit, normalizeVin } from "../requirements/normalize/vin";
import { CsvSyntaxError, parseCsv, toCsvLine } from "./csv";

export const importColumns = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "loan_reference",
  "lender_name",
  "profile",
  "vin",
  "vehicle_year",
  "vehicle_make",
  "vehicle_model",
] as const;

export function importTemplate(): string {
  return `${[
    toCsvLine([...importColumns]),
    toCsvLine([
      "Avery",
      "Quinn",
      "avery.quinn@example.com",
      "+14045550101",
      "LN-1001",
      "Coverwatch Demo Lending LLC",
      "",
      "WDDWF8DBXKR487215",
      "2019",
      "Mercedes-Benz",
      "C 300",
    ]),
  ].join("\n")}\n`;
}

// Every text has a length limit, as on the New borrower form: a stray megabyte in one cell is a problem to
// report on its line, not a name to store.
const optional = (column: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${column} has more than ${max} characters`)
    .transform((value) => value || undefined);
const required = (column: string, max: number) =>
  z.string().trim().min(1, `${column} is required`).max(max, `${column} has more than ${max} characters`);

const rowSchema = z.object({
  first_name: required("first_name", 100),
  last_name: required("last_name", 100),
  email: z.email("email is not a valid address").max(320).trim().toLowerCase(),
  phone: optional("phone", 40),
  loan_reference: required("loan_reference", 100),
  lender_name: optional("lender_name", 200),
  profile: optional("profile", 200),
  vin: optional("vin", 40)
    .transform((value) => (value ? normalizeVin(value) : undefined))
    .refine((value) => value === undefined || value.length === 17, "vin must have 17 characters"),
  vehicle_year: optional("vehicle_year", 10)
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .refine(
      (value) => value === undefined || (Number.isInteger(value) && value >= 1950 && value <= 2100),
      "vehicle_year must be a year from 1950 to 2100",
    ),
  vehicle_make: optional("vehicle_make", 100),
  vehicle_model: optional("vehicle_model", 100),
});

export type ImportRow = z.infer<typeof rowSchema> & { line: number };
export type RowProblem = { line: number; message: string };
export type ParsedImport = { rows: ImportRow[]; errors: RowProblem[]; warnings: RowProblem[] };

/** Reads and checks the file alone (the database checks come after: see import-borrowers.ts). */
export function parseBorrowerImport(text: string): ParsedImport {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    // A quote never closed: say where, rather than guess at the rest of the file.
    if (error instanceof CsvSyntaxError)
      return { rows: [], errors: [{ line: error.line, message: error.message }], warnings: [] };
    throw error;
  }
  const [header, ...lines] = table;
  if (!header) return { rows: [], errors: [{ line: 1, message: "The file is empty." }], warnings: [] };
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = importColumns.filter(
    (column) =>
      !columns.includes(column) && ["first_name", "last_name", "email", "loan_reference"].includes(column),
  );
  if (missing.length > 0)
    return {
      rows: [],
      errors: [{ line: 1, message: `Missing column(s): ${missing.join(", ")}` }],
      warnings: [],
    };
  if (lines.length === 0)
    return { rows: [], errors: [{ line: 2, message: "The file has a header but no rows." }], warnings: [] };

  const rows: ImportRow[] = [];
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const seen = new Map<string, ImportRow>();
  lines.forEach((cells, index) => {
    const line = index + 2;
    const record = Object.fromEntries(columns.map((column, position) => [column, cells[position] ?? ""]));
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, message: issue.message });
      return;
    }
    const row = { ...parsed.data, line };
    const earlier = seen.get(row.loan_reference);
    if (
      earlier &&
      (earlier.email !== row.email ||
        earlier.first_name !== row.first_name ||
        earlier.last_name !== row.last_name)
    ) {
      errors.push({
        line,
        message: `loan_reference ${row.loan_reference} already names another borrower on line ${earlier.line}`,
      });
      return;
    }
    if (
      earlier &&
      row.vin &&
      rows.some((other) => other.loan_reference === row.loan_reference && other.vin === row.vin)
    ) {
      errors.push({ line, message: `vin ${row.vin} appears twice for ${row.loan_reference}` });
      return;
    }
    if (row.vin && !hasValidCheckDigit(row.vin))
      warnings.push({ line, message: `vin ${row.vin} fails its check digit (imported as written)` });
    seen.set(row.loan_reference, earlier ?? row);
    rows.push(row);
  });
  return { rows, errors, warnings };
}
