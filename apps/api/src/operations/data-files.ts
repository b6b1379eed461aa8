import { join } from 'node:path';
import type { EventStore } from '@pivotal/event-store';
import type { ProjectionRunner } from '@pivotal/projections';
import type { Logger } from 'pino';
import type { PivotalConfig } from '../config';
import { tryLockFile, type FileLock } from './file-lock';

/** The embedded event store of a data dir. */
export const eventsFileOf = (config: Pick<PivotalConfig, 'dataDir'>): string => join(config.dataDir, 'events.sqlite');

/** Held (shared) by every process that has the embedded store open; `restore` needs it exclusively. */
export const storeLockFileOf = (config: Pick<PivotalConfig, 'dataDir'>): string => `${eventsFileOf(config)}.lock`;

/** Held (exclusively) by the one process that writes a read-model file: its projection writer. */
export const writerLockFileOf = (readModelsFile: string): string => `${readModelsFile}.lock`;

/** Where the projection writer of a read-model file takes operator requests (rebuild, checkpoint). */
export const controlSocketOf = (readModelsFile: string): string => `${readModelsFile}.sock`;

/** The projections of this read-model file are written by another process. */
export class ReadModelsBusy extends Error {
  readonly code = 'READ_MODELS_BUSY';
  constructor(readonly readModelsFile: string) {
    super(
      `another process writes the read models in ${readModelsFile} (a server of this data dir is running); ` +
        'give each replica its own PIVOTAL_READ_MODELS_FILE',
    );
    this.name = 'ReadModelsBusy';
  }
}

/** The locks a process holds on its data files, and whether it is the projection writer. */
export interface DataFileLocks {
  readonly writer: boolean;
  release(): void;
}

/**
 * Takes the data dir's locks: the embedded store's shared lock (so that `restore` cannot replace
 * the file under a running process), and the read-model file's writer lock. Without the writer
 * lock, `required` throws {@link ReadModelsBusy}; `when-free` goes on as a reader.
 */
export const lockDataFiles = (config: PivotalConfig, projectionWriter: 'required' | 'when-free'): DataFileLocks => {
  const held: FileLock[] = [];
  const release = () => {
    for (const lock of held.splice(0)) lock.release();
  };
  if (config.eventStore.kind === 'sqlite') {
    const storeLock = tryLockFile(storeLockFileOf(config), 'shared');
    if (!storeLock) throw new Error(`the event store of ${config.dataDir} is being restored: try again once the restore is done`);
    held.push(storeLock);
  }
  const writer = tryLockFile(writerLockFileOf(config.readModelsFile), 'exclusive');
  if (writer) held.push(writer);
  else if (projectionWriter === 'required') {
    release();
    throw new ReadModelsBusy(config.readModelsFile);
  }
  return { writer: writer !== null, release };
};

/**
 * A read model whose checkpoint lies past the store's head was built from another log (the store
 * was restored from a backup, or replaced): rebuild it all from this one before following.
 */
export const rebuildWhenAheadOfStore = async (store: EventStore, runner: ProjectionRunner, log: Logger): Promise<void> => {
  const head = await store.headPosition();
  const ahead = runner.status().filter((s) => s.position !== null && store.positionFromString(s.position) > head);
  if (ahead.length === 0) return;
  log.warn({ projections: ahead.map((s) => s.name), head: store.positionToString(head) }, 'read models are ahead of the event store: rebuilding them');
  await runner.rebuild();
};
