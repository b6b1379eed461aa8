import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { ledgerKey } from './ledger';

/** How many events of each type each stream holds, straight from the event-store file. */
export const storedCounts = (eventsFile: string): Map<string, number> => {
  const db = new Database(eventsFile, { readonly: true });
  try {
    const rows = db.prepare('SELECT stream_id, type, count(*) AS n FROM events GROUP BY stream_id, type').all() as { stream_id: string; type: string; n: number }[];
    return new Map(rows.map((row) => [ledgerKey(row.stream_id, row.type), row.n]));
  } finally {
    db.close();
  }
};

/** Every table of a read-model file, its rows in a canonical order. */
export const dumpReadModels = (file: string): Map<string, string> => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return new Map(
      tables.map((table) => {
        const rows = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all() as unknown[][];
        const lines = rows.map((row) => JSON.stringify(row)).sort();
        return [table, lines.join('\n')];
      }),
    );
  } finally {
    db.close();
  }
};

/** The tables in which two read-model files differ (missing ones included). */
export const differingTables = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((table) => a.get(table) !== b.get(table)).sort();

/** Runs the api's CLI (`projections rebuild`) to build a fresh read-model file from the log alone. */
export const rebuildInto = (apiMain: string, dataDir: string, readModelsFile: string, env: Record<string, string>): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [apiMain, 'projections', 'rebuild'], {
      env: { ...process.env, PIVOTAL_DATA_DIR: dataDir, PIVOTAL_READ_MODELS_FILE: readModelsFile, PIVOTAL_DEMO: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the fresh rebuild failed (${code}): ${output.slice(-2000)}`))));
  });

/** The last position of the log. */
export const maxPosition = (eventsFile: string): number => {
  const db = new Database(eventsFile, { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(max(position), -1) FROM events').pluck().get() as number) ?? -1;
  } finally {
    db.close();
  }
};

/** The lowest checkpoint of a read-model file's projections (-1 for one that has applied nothing). */
export const lowestCheckpoint = (readModelsFile: string): number => {
  const db = new Database(readModelsFile, { readonly: true });
  try {
    const positions = db.prepare('SELECT position FROM projection_checkpoints').pluck().all() as (string | null)[];
    return Math.min(...positions.map((p) => (p === null ? -1 : Number(p))));
  } finally {
    db.close();
  }
};
