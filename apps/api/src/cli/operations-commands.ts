import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupSqliteKeys, keysBackupOf, mergeSqliteKeys } from '@pivotal/event-store';
import type { RebuildProgress, RebuildResult } from '@pivotal/projections';
import type { PivotalConfig } from '../config';
import { backupEventStore, BackupRefused, restoreEventStore } from '../operations/backup';
import { askServer, type ControlLine } from '../operations/control-socket';
import { controlSocketOf, eventsFileOf, storeLockFileOf, writerLockFileOf } from '../operations/data-files';
import { tryLockFile } from '../operations/file-lock';
import { checkpointWal } from '../operations/wal-checkpoint';

type Out = (line: string) => void;

const embeddedOnly = (config: PivotalConfig, what: string) => {
  if (config.eventStore.kind !== 'sqlite') {
    throw new BackupRefused(`${what} is for the embedded store; EventStoreDB is backed up with its own tools (see the README)`);
  }
};

/** The answer lines of the running server, until its final one; an error line throws. */
const collect = async (config: PivotalConfig, operation: string, onLine: (line: ControlLine) => void = () => undefined) => {
  const lines: ControlLine[] = [];
  await askServer(controlSocketOf(config.readModelsFile), operation, (line) => {
    lines.push(line);
    onLine(line);
  });
  const failed = lines.find((line): line is { error: string } => 'error' in line);
  if (failed) throw new BackupRefused(`the running server refused: ${failed.error}`);
  return lines;
};

/** `projections rebuild` beside a running server: the server rebuilds (it writes the read models), this shows its progress. */
export const rebuildByServer = async (
  config: PivotalConfig,
  name: string | undefined,
  progress: { update(progress: RebuildProgress): void },
): Promise<RebuildResult> => {
  const started = performance.now();
  const query = name === undefined ? '' : `?name=${encodeURIComponent(name)}`;
  const lines = await collect(config, `/projections/rebuild${query}`, (line) => {
    if ('progress' in line) {
      const { done, position, head } = line.progress;
      progress.update({ done, position: BigInt(position), head: BigInt(head), elapsedMs: performance.now() - started });
    }
  });
  const rebuilt = lines.find((line): line is Extract<ControlLine, { rebuilt: unknown }> => 'rebuilt' in line);
  if (!rebuilt) throw new BackupRefused('the running server stopped before the rebuild finished');
  return rebuilt.rebuilt;
};

/** `checkpoint`: by the running server when there is one, else here. */
export const checkpointCommand = async (config: PivotalConfig, out: Out): Promise<number> => {
  const writer = tryLockFile(writerLockFileOf(config.readModelsFile), 'exclusive');
  let outcomes;
  if (writer) {
    try {
      outcomes = [...(config.eventStore.kind === 'sqlite' ? [eventsFileOf(config)] : []), config.readModelsFile].map(checkpointWal);
    } finally {
      writer.release();
    }
  } else {
    const lines = await collect(config, '/wal-checkpoint');
    outcomes = lines.flatMap((line) => ('checkpointed' in line ? line.checkpointed : []));
  }
  for (const o of outcomes) out(`Checkpointed ${o.file}: ${o.checkpointed} of ${o.log} WAL frames${o.busy ? ' (busy: some left for later)' : ''}.`);
  return 0;
};

/** `backup --to FILE`: safe while servers serve (it only reads). */
export const backupCommand = async (config: PivotalConfig, to: string, out: Out): Promise<number> => {
  embeddedOnly(config, 'backup');
  const keysTo = keysBackupOf(resolve(to));
  if (existsSync(keysTo)) throw new BackupRefused(`${keysTo} exists already: name a new file`);
  const summary = await backupEventStore(eventsFileOf(config), to);
  out(`Backed up ${summary.events} events (up to position ${summary.lastPosition}) to ${summary.file}.`);
  // After the events: every key of an event in that copy is in this one (keys are only added or forgotten).
  if (existsSync(config.keysFile)) {
    const keys = await backupSqliteKeys(config.keysFile, keysTo);
    out(`Backed up the keys of ${keys.keys} people to ${keysTo}: keep it with the events, apart from other backups' media if you can.`);
  }
  return 0;
};

/** `restore --from FILE`: only with no process on the data dir's store; the read models are rebuilt at the next start. */
export const restoreCommand = async (config: PivotalConfig, from: string, out: Out): Promise<number> => {
  embeddedOnly(config, 'restore');
  mkdirSync(config.dataDir, { recursive: true });
  const lock = tryLockFile(storeLockFileOf(config), 'exclusive');
  if (!lock) {
    throw new BackupRefused(`a process has the event store of ${config.dataDir} open: stop every server (and operator command) of it first`);
  }
  try {
    const readModels = new Set([
      config.readModelsFile,
      ...readdirSync(config.dataDir)
        .filter((name) => /^read-models.*\.sqlite$/.test(name))
        .map((name) => join(config.dataDir, name)),
    ]);
    const summary = restoreEventStore(from, eventsFileOf(config), [...readModels]);
    out(`Restored ${summary.events} events (up to position ${summary.lastPosition}) into ${summary.file}.`);
    const keysFrom = keysBackupOf(resolve(from));
    if (existsSync(keysFrom)) {
      // Merged, not copied: whoever the current keys file forgot since the backup stays forgotten.
      const merged = await mergeSqliteKeys(config.keysFile, keysFrom);
      out(`Merged ${merged.added} keys from ${keysFrom} into ${config.keysFile}; everyone erased since the backup stays erased.`);
    } else if (!existsSync(config.keysFile)) {
      out(`No keys came with the backup (${keysFrom}) and ${config.keysFile} is missing: personal fields read [erased] until it is put back.`);
    }
    out(`Removed ${readModels.size} read-model file(s): the next start rebuilds them from the restored log.`);
    return 0;
  } finally {
    lock.release();
  }
};
