/**
 * Checkpoints SQLite's write-ahead log from a worker thread with its own connection, so copying the log
 * back into the database file (and its fsync) never stalls the event loop that acknowledges webhooks.
 * Left to the writing connection, a checkpoint ran inside whichever commit crossed the threshold and held
 * that commit (and every request behind it) for 15–25 ms. PASSIVE checkpoints wait for no reader or
 * writer; once one has copied the whole log, the next write starts the log over.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the thread checkpoints. */
const EVERY_MS = 250;
/** How long stop() waits for the thread to close its connection before ending it. */
const STOP_WAIT_MS = 2_000;

// Plain JavaScript evaluated in the worker (an eval worker runs no TypeScript and no ES module graph).
const workerSource = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driverPath);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

export function startWalCheckpointer(file: string, onError: (message: string) => void): WalCheckpointer {
  const driverPath = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { file, driverPath, everyMs: EVERY_MS },
  });
  // Never what keeps the process alive.
  worker.unref();
  // Known from the start: a thread that could not open the file has already exited when stop() comes.
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("message", (message: unknown) => {
    if (typeof message === "object" && message !== null && "error" in message) onError(String(message.error));
  });
  worker.on("error", (error) => onError(error.message));
  return {
    stop: async () => {
      worker.postMessage("stop");
      // A thread stuck in a checkpoint is ended rather than waited for.
      const timer = setTimeout(() => void worker.terminate(), STOP_WAIT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
