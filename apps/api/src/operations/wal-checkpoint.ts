import Database from 'better-sqlite3';

/** What a checkpoint left: WAL frames, and how many of them are now in the database file. */
export interface CheckpointOutcome {
  readonly file: string;
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

/**
 * Copies a WAL-mode file's log into the database and starts the log over (`TRUNCATE`), on a
 * connection of its own: what an operator runs before copying files, and what the fault benchmark
 * kills a server in the middle of. Writers wait for it (up to the busy timeout); readers do not.
 */
export const checkpointWal = (file: string): CheckpointOutcome => {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Omit<CheckpointOutcome, 'file'>[];
    return { file, busy: result?.busy ?? 0, log: result?.log ?? 0, checkpointed: result?.checkpointed ?? 0 };
  } finally {
    db.close();
  }
};
