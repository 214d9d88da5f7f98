import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream } from "./stream-csv";

type Row = { id: number; note: string };
const columns = [
  { header: "Id", value: (row: Row) => row.id },
  { header: "Note", value: (row: Row) => row.note },
];

/** Rows made on demand, counting how many were asked for and whether the consumer let go of them. */
function countedRows(total: number) {
  const state = { pulled: 0, released: false };
  async function* rows(): AsyncGenerator<Row> {
    try {
      for (let id = 1; id <= total; id++) {
        state.pulled = id;
        yield { id, note: id % 2 ? `=note ${id}` : `line\nbreak ${id}` };
      }
    } finally {
      state.released = true;
    }
  }
  return { rows: rows(), state };
}

describe("csvStream", () => {
  it("reads rows only as fast as the consumer takes chunks, and releases them on cancel", async () => {
    const { rows, state } = countedRows(1_000_000);
    const reader = (await csvStream({ rows, columns })).getReader();
    await reader.read(); // the header
    await reader.read(); // the first chunk of rows
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One chunk read, one more queued ahead (the stream's high-water mark), not the million.
    expect(state.pulled).toBeLessThanOrEqual(1_001);
    await reader.cancel();
    expect(state.released).toBe(true);
  });

  it("writes a header and every row, quoting line breaks and neutralising formulas", async () => {
    const { rows } = countedRows(1_234);
    const text = await new Response(await csvStream({ rows, columns })).text();
    const records = parse(text, { columns: true }) as { Id: string; Note: string }[];
    expect(records).toHaveLength(1_234);
    expect(records.slice(0, 2)).toEqual([
      { Id: "1", Note: "'=note 1" },
      { Id: "2", Note: "line\nbreak 2" },
    ]);
    expect(records.at(-1)?.Id).toBe("1234");
  });

  it("rejects before any byte when the first read fails", async () => {
    const failing: AsyncIterable<Row> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("relation does not exist")) }),
    };
    await expect(csvStream({ rows: failing, columns })).rejects.toThrow("relation does not exist");
  });

  it("aborts the download when a later read fails, rather than ending it as if complete", async () => {
    async function* failingLater(): AsyncGenerator<Row> {
      for (let id = 1; id <= 700; id++) yield { id, note: "ok" };
      throw new Error("connection reset");
    }
    const stream = await csvStream({ rows: failingLater(), columns });
    await expect(new Response(stream).text()).rejects.toThrow("connection reset");
  });
});
