import "server-only";

// Keyset pagination for exports: `WHERE id > last ORDER BY id LIMIT n`, so every batch is an index range scan
// (no OFFSET that rescans what came before) and memory holds one batch, however many rows match.
// Rows are not read from one snapshot: a row added or changed while an export runs may or may not appear.

/** Reads the rows after `lastId` (all of them from the start when undefined), ordered by id, at most `limit`. */
export type FetchAfter<Row extends { id: string }> = (
  lastId: string | undefined,
  limit: number,
) => Promise<Row[]>;

export const defaultBatchSize = 2_000;

/** Every row `fetchAfter` can reach, one batch at a time; the next batch is read only when asked for. */
export async function* keysetBatches<Row extends { id: string }>(
  fetchAfter: FetchAfter<Row>,
  batchSize = defaultBatchSize,
): AsyncGenerator<Row[]> {
  let lastId: string | undefined;
  while (true) {
    const batch = await fetchAfter(lastId, batchSize);
    const last = batch.at(-1);
    if (!last) return;
    yield batch;
    // A short batch is the last one; stopping here saves the empty read that would confirm it.
    if (batch.length < batchSize) return;
    lastId = last.id;
  }
}

/** The same rows one at a time, for a consumer that takes an async iterable of rows. */
export async function* keysetRows<Row extends { id: string }>(
  fetchAfter: FetchAfter<Row>,
  batchSize = defaultBatchSize,
): AsyncGenerator<Row> {
  for await (const batch of keysetBatches(fetchAfter, batchSize)) yield* batch;
}
