import { existsSync } from 'node:fs';
import { createSqliteKeyStore, sealExistingPivotalEvents } from '@pivotal/event-store';
import type { PivotalConfig } from '../config';
import { eventsFileOf, storeLockFileOf } from '../operations/data-files';
import { tryLockFile } from '../operations/file-lock';
import { sealProgress } from './seal-progress';

/** The rewrite cannot run now; nothing was changed. */
export class EncryptionRefused extends Error {
  readonly code = 'ENCRYPTION_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionRefused';
  }
}

/**
 * `privacy encrypt-existing`: seals, in place, the personal fields of every event that a store
 * written before crypto-shredding holds in clear, then vacuums the file and truncates its WAL.
 * Every process of the data dir must be stopped (a rewrite under a reader would race it).
 */
export const encryptExistingCommand = async (
  config: PivotalConfig,
  out: (line: string) => void,
  progressStream: NodeJS.WriteStream = process.stderr,
): Promise<number> => {
  if (config.eventStore.kind !== 'sqlite') {
    throw new EncryptionRefused(
      'privacy encrypt-existing rewrites the embedded store; an EventStoreDB log is copied into a new database instead (see the README)',
    );
  }
  const eventsFile = eventsFileOf(config);
  if (!existsSync(eventsFile)) {
    out(`There is no event store at ${eventsFile}: nothing to encrypt.`);
    return 0;
  }
  const lock = tryLockFile(storeLockFileOf(config), 'exclusive');
  if (!lock) {
    throw new EncryptionRefused(`a process has the event store of ${config.dataDir} open: stop every server (and operator command) of it first`);
  }
  const keys = createSqliteKeyStore(config.keysFile);
  const progress = sealProgress(progressStream);
  try {
    const result = await sealExistingPivotalEvents(eventsFile, keys, (p) => progress.update(p));
    progress.stop();
    const erased = result.erased > 0 ? `, ${result.erased} of them of erased people, whose fields were dropped` : '';
    out(
      `Sealed the personal fields of ${result.sealed} of ${result.events} events${erased} (${result.alreadySealed} were sealed already) ` +
        `in ${(result.elapsedMs / 1000).toFixed(1)} s; ${eventsFile} was vacuumed and its WAL truncated. Back up ${config.keysFile} with it.`,
    );
    return 0;
  } finally {
    progress.stop();
    await keys.close();
    lock.release();
  }
};
