// Group commit: callers that arrive while a batch is being written wait for the next batch instead of each paying
// for a transaction (and its fsync) of their own. One writer per instance, so under load the batches grow by
// themselves to whatever arrived during the previous write; when idle, the first caller waits at most `maxWaitMs`
// for company.

export type GroupCommitOptions<Item, Result> = {
  /** The most items one batch holds; a full batch is written without waiting. */
  maxItems: number;
  /** How long the first item of an idle instance waits for others to join its batch. */
  maxWaitMs: number;
  /**
   * Writes one batch and returns one result per item, in the same order. Throwing fails every item of the batch:
   * it must then have written none of them (one transaction).
   */
  write: (items: Item[]) => Promise<Result[]>;
};

type Entry<Item, Result> = {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
};

export type GroupCommit<Item, Result> = {
  /** Resolves with the item's result once its whole batch is written; rejects if that batch failed. */
  add(item: Item): Promise<Result>;
};

export function createGroupCommit<Item, Result>(
  options: GroupCommitOptions<Item, Result>,
): GroupCommit<Item, Result> {
  const pending: Entry<Item, Result>[] = [];
  let isWriting = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const writeOne = async (batch: Entry<Item, Result>[]) => {
    let results: Result[];
    try {
      results = await options.write(batch.map((entry) => entry.item));
      if (results.length !== batch.length)
        throw new Error(`a batch of ${batch.length} was answered with ${results.length} results`);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    batch.forEach((entry, index) => {
      entry.resolve(results[index] as Result);
    });
  };

  // Items that arrived during a write have already waited for it: they are written the moment it ends.
  const drain = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (isWriting) return;
    isWriting = true;
    try {
      while (pending.length > 0) await writeOne(pending.splice(0, options.maxItems));
    } finally {
      isWriting = false;
    }
  };

  return {
    add(item: Item): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (isWriting) return;
        if (pending.length >= options.maxItems) void drain();
        else timer ??= setTimeout(() => void drain(), options.maxWaitMs);
      });
    },
  };
}
