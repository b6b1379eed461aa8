import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What one checkpoint did: WAL frames in the log, and how many of them are now in the database file. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

export interface WalCheckpointer {
  /** Stops checkpointing and closes the worker's connection; resolves once the worker has exited. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** How often to checkpoint. */
  readonly intervalMs?: number;
  /** Told after each checkpoint (tests and metrics). */
  readonly onCheckpoint?: (result: CheckpointResult) => void;
  /** Told when a checkpoint fails; the next one is tried anyway. */
  readonly onError?: (message: string) => void;
}

/**
 * The `wal_autocheckpoint` of a connection whose checkpoints run in the background (80 MB of WAL).
 * A writer starts the WAL over only after a checkpoint that it sees complete, which a checkpoint
 * from another connection never is while writes keep coming: so the connection still checkpoints
 * itself at this size, but finds nearly every frame already copied and synced by the worker (at
 * most its last interval's), and then starts the WAL over. The WAL file stays under this size.
 */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 20_000;

// The worker: its own connection to the file, a PASSIVE checkpoint every `intervalMs` (it never
// waits for, nor blocks, the writers and readers of other connections), each result reported.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ result });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints a WAL-mode SQLite file from a worker thread. A checkpoint copies the WAL into the
 * database and fsyncs both; on the connection that commits it stalls the event loop for tens of
 * milliseconds now and then (the tail of every request waiting behind it). With this running, that
 * connection sets `wal_autocheckpoint` to `BACKSTOP_AUTOCHECKPOINT_PAGES`: the copying and syncing
 * happen here, and what is left for it is the last interval's frames and the restart of the WAL.
 */
export const startWalCheckpointer = (file: string, options: WalCheckpointerOptions = {}): WalCheckpointer => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: options.intervalMs ?? 1000 } });
  worker.unref();
  worker.on('message', (message: { result?: CheckpointResult; error?: string }) => {
    if (message.result) options.onCheckpoint?.(message.result);
    if (message.error) options.onError?.(message.error);
  });
  worker.on('error', (error) => options.onError?.(error.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    stop: () => {
      stopping ??= (async () => {
        worker.postMessage('stop');
        const timeout = setTimeout(() => void worker.terminate(), 5000);
        await exited;
        clearTimeout(timeout);
      })();
      return stopping;
    },
  };
};
