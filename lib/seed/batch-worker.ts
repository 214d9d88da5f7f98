// A worker thread that generates batches and serialises them to JSON, so that the main thread stays free to
// stream the previous batch to PostgreSQL: generation and writing then overlap instead of taking turns.
import { parentPort } from "node:worker_threads";
import type { SeedContext } from "./batch";
import { generateBatch } from "./generate-batch";
import { insertOrder, type TableName } from "./tables";

export type BatchRequest = { ctx: SeedContext; firstLoanNumber: number; count: number };
export type SerializedBatch = {
  firstLoanNumber: number;
  borrowers: number;
  /** Each table's rows as the JSON document insertRows sends. */
  json: Record<TableName, string>;
  counts: Record<TableName, number>;
  scenarios: Record<string, number>;
};

parentPort?.on("message", ({ ctx, firstLoanNumber, count }: BatchRequest) => {
  const batch = generateBatch(ctx, firstLoanNumber, count);
  const json = {} as Record<TableName, string>;
  const counts = {} as Record<TableName, number>;
  for (const name of insertOrder) {
    json[name] = JSON.stringify(batch[name]);
    counts[name] = batch[name].length;
  }
  const reply: SerializedBatch = {
    firstLoanNumber,
    borrowers: count,
    json,
    counts,
    scenarios: batch.scenarios,
  };
  parentPort?.postMessage(reply);
});
