// The main thread's handle on the batch worker: ask for a batch, get a promise of it. The worker answers in
// the order it was asked.
import { Worker } from "node:worker_threads";
import type { BatchRequest, SerializedBatch } from "./batch-worker";

export type BatchGenerator = {
  generate(request: BatchRequest): Promise<SerializedBatch>;
  stop(): Promise<void>;
};

export function startBatchGenerator(): BatchGenerator {
  // The worker is TypeScript like the rest of the seed, and a worker does not inherit the loader `tsx` registered
  // in this thread: it registers its own before importing the module.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./batch-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true });
  const waiting: { resolve(batch: SerializedBatch): void; reject(error: Error): void }[] = [];
  worker.on("message", (batch: SerializedBatch) => waiting.shift()?.resolve(batch));
  const failAll = (error: Error) => {
    for (const entry of waiting.splice(0)) entry.reject(error);
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the batch worker exited (code ${code})`)));
  return {
    generate: (request) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(request);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}
