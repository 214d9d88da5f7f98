// Writes one generated batch in one transaction, table by table in foreign-key order.
import type pg from "pg";
import type { SerializedBatch } from "./batch-worker";
import { insertRows } from "./insert-rows";
import { insertOrder, tables } from "./tables";

export async function writeBatch(client: pg.ClientBase, batch: SerializedBatch): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const name of insertOrder) await insertRows(client, tables[name], batch.json[name]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
