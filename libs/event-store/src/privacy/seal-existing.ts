import Database from 'better-sqlite3';
import type { EventMetadata } from '@pivotal/domain';
import { sqlitePragmas } from '../sqlite-schema';
import { envelopeOf } from './envelope';
import type { KeyStore } from './key-store';
import { NoDataSubject, type PersonalDataOptions } from './personal-data-store';
import { blankPersonalLeaves, sealedEvent } from './seal-event';
import { sealingKey, type SealingKey } from './sealed-box';

export interface SealExistingOptions extends Pick<PersonalDataOptions, 'personalFieldsOf' | 'subjectNamedBy' | 'erased'> {
  readonly keys: KeyStore;
  /** Events read and rewritten per transaction (default 1000). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: SealExistingProgress) => void;
}

export interface SealExistingProgress {
  /** Events looked at so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface SealExistingResult {
  readonly events: number;
  /** Events whose personal fields were sealed now. */
  readonly sealed: number;
  /** Of those, events of forgotten subjects: their personal fields were dropped, not sealed. */
  readonly erased: number;
  /** Events sealed by an earlier run or by the decorator, left as they were. */
  readonly alreadySealed: number;
  readonly elapsedMs: number;
}

interface Row {
  readonly position: number;
  readonly id: string;
  readonly stream_id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/**
 * The one-time rewrite of a sqlite event store written before crypto-shredding: every event whose
 * personal fields are in clear is sealed in place, as the decorator would have sealed it (same
 * ids, positions and revisions), page by page in transactions. Events already sealed are left
 * alone, so a run stopped half-way is simply run again. Then VACUUM rebuilds the file and the WAL
 * is truncated, so that no page of the file, free or not, and no WAL frame holds the old plaintext.
 * The caller makes sure no other process has the store open.
 */
export const sealExistingEvents = async (eventsFile: string, options: SealExistingOptions): Promise<SealExistingResult> => {
  const { keys, personalFieldsOf, subjectNamedBy, erased, pageSize = 1000, onProgress } = options;
  const started = performance.now();
  const db = new Database(eventsFile, { fileMustExist: true });
  try {
    for (const pragma of sqlitePragmas(5000)) db.pragma(pragma);
    db.pragma('secure_delete = ON');
    const total = (db.prepare('SELECT count(*) FROM events').pluck().get() as number) ?? 0;
    const page = db.prepare<[number, number], Row>(
      'SELECT position, id, stream_id, type, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?',
    );
    const firstOfStream = db.prepare<[string], Pick<Row, 'data' | 'metadata'>>(
      'SELECT data, metadata FROM events WHERE stream_id = ? ORDER BY revision LIMIT 1',
    );
    const update = db.prepare<[string, string, number]>('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
    const rewrite = db.transaction((updates: readonly [string, string, number][]) => {
      for (const args of updates) update.run(...args);
    });

    const streamSubjects = new Map<string, string | null>();
    const streamSubject = (streamId: string): string | null => {
      if (!streamSubjects.has(streamId)) {
        const first = firstOfStream.get(streamId);
        const subject = first
          ? (subjectNamedBy(JSON.parse(first.data)) ?? envelopeOf(JSON.parse(first.metadata) as EventMetadata)?.subject ?? null)
          : null;
        streamSubjects.set(streamId, subject);
      }
      return streamSubjects.get(streamId) ?? null;
    };
    const knownKeys = new Map<string, SealingKey | null>();
    const keyOf = async (subject: string) => {
      if (!knownKeys.has(subject)) {
        const key = await keys.getOrCreateKey(subject);
        knownKeys.set(subject, key ? sealingKey(key) : null);
      }
      return knownKeys.get(subject) ?? null;
    };

    let done = 0;
    let sealed = 0;
    let erasedCount = 0;
    let alreadySealed = 0;
    let after = -1;
    for (;;) {
      const rows = page.all(after, pageSize);
      if (rows.length === 0) break;
      const updates: [string, string, number][] = [];
      for (const row of rows) {
        const metadata = JSON.parse(row.metadata) as EventMetadata;
        if (envelopeOf(metadata)) {
          alreadySealed += 1;
          continue;
        }
        const paths = personalFieldsOf(row.type);
        const data = JSON.parse(row.data) as unknown;
        const blanked = blankPersonalLeaves(data, paths, erased);
        if (!blanked) continue;
        const subject = subjectNamedBy(data) ?? streamSubject(row.stream_id);
        if (subject === null) throw new NoDataSubject(row.stream_id, row.type);
        const key = await keyOf(subject);
        const stored = sealedEvent({ id: row.id, data, metadata }, blanked, paths, subject, key);
        updates.push([JSON.stringify(stored.data), JSON.stringify(stored.metadata), row.position]);
        sealed += 1;
        if (!key) erasedCount += 1;
      }
      rewrite.immediate(updates);
      done += rows.length;
      after = (rows[rows.length - 1] as Row).position;
      onProgress?.({ done, total });
    }
    // The rewritten rows left their old versions in free pages and WAL frames: rebuild the file, empty the WAL.
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { events: done, sealed, erased: erasedCount, alreadySealed, elapsedMs: performance.now() - started };
  } finally {
    db.close();
  }
};
