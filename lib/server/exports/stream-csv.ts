import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "@/lib/csv/neutralise-cell";
import { log } from "../log";

// Exports as a download that starts at once and holds one chunk in memory, however many rows there are.

export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column of an export: its header and how a row gives its cell. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

export type StreamCsvOptions<Row> = {
  /** Read lazily: the next rows are asked for only when the client has taken the previous chunk. */
  rows: AsyncIterable<Row>;
  columns: readonly CsvColumn<Row>[];
  /** The download's name; characters outside [A-Za-z0-9._-] become "_". */
  filename: string;
};

const rowsPerChunk = 500;

// CRLF as RFC 4180 writes it; a cell holding any line break is quoted, or a spreadsheet would split the row
// (csv-stringify quotes only the record delimiter itself, and a lone "\n" is not "\r\n").
const stringifyOptions = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/** A cell's text: dates in ISO 8601 UTC, nothing for null, and every string neutralised against formulas. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return neutraliseCell(value);
  // A number's text ("-5", "1e21") is never a formula; a `'` would only turn it into text in the spreadsheet.
  return String(value);
}

/**
 * The CSV as a pull-based byte stream: each `pull()` (the consumer wants more) encodes up to 500 rows, so a slow
 * client slows the database reads instead of filling memory. The first row is read before the stream is
 * returned, so a query that fails outright rejects here (and the route answers 500) rather than after a 200.
 */
export async function csvStream<Row>({
  rows,
  columns,
}: Omit<StreamCsvOptions<Row>, "filename">): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let pending: IteratorResult<Row> | undefined = await iterator.next();
  const encode = (records: string[][], bom = false) =>
    encoder.encode(stringify(records, { ...stringifyOptions, bom }));

  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A UTF-8 byte order mark: without it Excel reads the file as the local code page and garbles names.
      controller.enqueue(encode([columns.map((column) => column.header)], true));
    },
    async pull(controller) {
      const records: string[][] = [];
      try {
        while (records.length < rowsPerChunk) {
          const next: IteratorResult<Row> = pending ?? (await iterator.next());
          pending = undefined;
          if (next.done) {
            if (records.length > 0) controller.enqueue(encode(records));
            controller.close();
            return;
          }
          records.push(columns.map((column) => csvCell(column.value(next.value))));
        }
        controller.enqueue(encode(records));
      } catch (error) {
        // The 200 and the header are gone by now: all that is left is to abort, so the download fails visibly
        // instead of ending early as if complete.
        log.error("csv export failed mid-stream", { err: error as Error });
        await iterator.return?.().catch(() => undefined);
        throw error;
      }
    },
    async cancel() {
      // The client went away: end the generator so it stops reading the database.
      await iterator.return?.();
    },
  });
}

/** A CSV download: `text/csv`, an attachment with the given name, never cached. */
export async function streamCsv<Row>({ rows, columns, filename }: StreamCsvOptions<Row>): Promise<Response> {
  const body = await csvStream({ rows, columns });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
