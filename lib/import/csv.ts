// Reading and writing the import's CSV. Uploads are capped at 2 MB (import-limits.ts), so the whole file is
// parsed at once with csv-parse's sync API.
import { CsvError, parse } from "csv-parse/sync";

/** A file csv-parse cannot read (a quote never closed, text after a closing quote), with the line to look at. */
export class CsvSyntaxError extends Error {
  override name = "CsvSyntaxError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The rows of an RFC 4180 file, header included: quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF, LF or CR endings, even mixed (a file edited on two systems); a UTF-8 byte order mark is dropped.
 * Lenient where spreadsheets are: rows may be short or long, a quote inside an unquoted field is kept as text,
 * spaces around a quoted field are ignored, and blank rows (",,," included) are skipped.
 */
export function parseCsv(text: string): string[][] {
  try {
    const rows: string[][] = parse(text, {
      bom: true,
      // Without a list, csv-parse takes the first line's ending for the whole file.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    });
    return rows.filter((cells) => cells.some((cell) => cell.trim() !== ""));
  } catch (error) {
    if (error instanceof CsvError)
      throw new CsvSyntaxError(
        lineOfError(text, error),
        problems[error.code] ?? "The file is not valid CSV.",
      );
    throw error;
  }
}

// Our words rather than csv-parse's, whose messages carry its own (different) line number.
const problems: Partial<Record<CsvError["code"], string>> = {
  CSV_QUOTE_NOT_CLOSED: "A quoted field is never closed: a quote is missing.",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "Text follows a closing quote: quote the whole field.",
  CSV_INVALID_CLOSING_QUOTE: "Text follows a closing quote: quote the whole field.",
};

// csv-parse's own `lines` is where it stopped, which for a quote never closed is the end of the file; `bytes`
// is where the field it could not read starts, so the line breaks before it give the line to look at.
function lineOfError(text: string, error: CsvError): number {
  if (typeof error.bytes !== "number") return typeof error.lines === "number" ? error.lines : 1;
  const before = new TextDecoder().decode(new TextEncoder().encode(text).subarray(0, error.bytes));
  return (before.match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
}

/** One row, quoted where RFC 4180 requires it (for the import template, which we write ourselves). */
export function toCsvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",");
}
