import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";

/** A writer whose batches the test sees, and finishes when it chooses. */
function controlledWriter() {
  const batches: { items: number[]; finish: (error?: Error) => void }[] = [];
  const arrived: (() => void)[] = [];
  const write = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({
        items,
        finish: (error) => (error ? reject(error) : resolve(items.map((item) => `stored ${item}`))),
      });
      arrived.shift()?.();
    });
  let taken = 0;
  /** The first batch the test has not taken yet, once the writer has been handed it. */
  const nextBatch = async () => {
    const index = taken++;
    while (batches.length <= index) await new Promise<void>((resolve) => arrived.push(resolve));
    return batches[index] as (typeof batches)[number];
  };
  return { write, batches, nextBatch };
}

describe("group commit", () => {
  it("writes what arrives together as one batch and answers each caller with its own result", async () => {
    const writer = controlledWriter();
    const group = createGroupCommit({ maxItems: 10, maxWaitMs: 5, write: writer.write });
    const answers = [1, 2, 3].map((item) => group.add(item));
    const batch = await writer.nextBatch();
    expect(batch.items).toEqual([1, 2, 3]);
    batch.finish();
    expect(await Promise.all(answers)).toEqual(["stored 1", "stored 2", "stored 3"]);
  });

  it("holds what arrives during a write for the next batch, written as soon as the first ends", async () => {
    const writer = controlledWriter();
    const group = createGroupCommit({ maxItems: 10, maxWaitMs: 1, write: writer.write });
    const first = group.add(1);
    const firstBatch = await writer.nextBatch();
    const later = [2, 3, 4].map((item) => group.add(item));
    // One writer: nothing else starts while the first batch is being written.
    expect(writer.batches).toHaveLength(1);
    const secondBatchArrives = writer.nextBatch();
    firstBatch.finish();
    expect(await first).toBe("stored 1");
    const secondBatch = await secondBatchArrives;
    expect(secondBatch.items).toEqual([2, 3, 4]);
    secondBatch.finish();
    expect(await Promise.all(later)).toEqual(["stored 2", "stored 3", "stored 4"]);
  });

  it("never puts more than maxItems in a batch", async () => {
    const writer = controlledWriter();
    const group = createGroupCommit({ maxItems: 2, maxWaitMs: 1_000, write: writer.write });
    const answers = [1, 2, 3, 4, 5].map((item) => group.add(item));
    // A full batch does not wait for the window.
    const sizes: number[][] = [];
    for (let written = 0; written < 5; ) {
      const batch = await writer.nextBatch();
      sizes.push(batch.items);
      written += batch.items.length;
      batch.finish();
    }
    expect(sizes).toEqual([[1, 2], [3, 4], [5]]);
    expect(await Promise.all(answers)).toHaveLength(5);
  });

  it("fails every caller of a batch that fails, and goes on with the next batch", async () => {
    const writer = controlledWriter();
    const group = createGroupCommit({ maxItems: 10, maxWaitMs: 1, write: writer.write });
    const failing = [1, 2].map((item) => group.add(item));
    const batch = await writer.nextBatch();
    batch.finish(new Error("the transaction failed"));
    for (const answer of await Promise.allSettled(failing))
      expect(answer).toEqual({ status: "rejected", reason: new Error("the transaction failed") });

    const retried = group.add(1);
    (await writer.nextBatch()).finish();
    expect(await retried).toBe("stored 1");
  });
});
