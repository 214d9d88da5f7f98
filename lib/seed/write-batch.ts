// Writes one generated batch in one transaction, table by table in foreign-key order.
import type pg from "pg";
import type { Batch } from "./batch";
import { insertRows } from "./insert-rows";
import { insertOrder, tables } from "./tables";

export async function writeBatch(client: pg.ClientBase, batch: Batch): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const name of insertOrder) await insertRows(client, tables[name], batch[name]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
