import type { ReadModelDb } from './projection';
import type { ProjectionRunner, RunnerLogger } from './runner';

/** How often a TRUNCATE checkpoint that found readers or a writer in the way is tried again. */
const ATTEMPTS = 5;

/**
 * Copies every WAL frame into the database file and truncates the WAL to zero bytes. The WAL keeps
 * the page images of earlier transactions (an erased person's rows among them) until then;
 * `secure_delete` has already zeroed what the erasure freed in the pages themselves.
 * True when the WAL was emptied.
 */
export const truncateWal = (db: ReadModelDb): boolean => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) return true;
  }
  return false;
};

/**
 * After each committed batch that projected an erasure, empties the read models' WAL, before the
 * erasure's writer is told the read models have it (listeners run before read-your-writes waits
 * resolve). A process that died in between truncates at its next start (`truncateWal`).
 */
export const truncateWalAfterErasures = (
  runner: Pick<ProjectionRunner, 'onCommitted'>,
  db: ReadModelDb,
  logger: Pick<RunnerLogger, 'error'>,
): (() => void) =>
  runner.onCommitted(({ events }) => {
    if (!events.some((event) => event.type === 'CandidateErased')) return;
    if (!truncateWal(db)) logger.error({}, 'the read models WAL could not be truncated after an erasure; it will be at the next start');
  });
