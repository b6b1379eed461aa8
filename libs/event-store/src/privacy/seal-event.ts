import type { EventMetadata } from '@pivotal/domain';
import { withEnvelope, withoutEnvelope, type PersonalDataEnvelope } from './envelope';
import { mapPersonalLeaves } from './personal-paths';
import { open, seal, type SealingKey } from './sealed-box';

/** An event's data with its personal leaves written as the erased marker, and those leaves' values. */
export interface Blanked {
  readonly data: unknown;
  readonly values: readonly unknown[];
}

/** Whether every path names a top-level field (no `.`, no `[]`): most event types'. */
const flatPaths = new WeakMap<readonly string[], boolean>();
const allFlat = (paths: readonly string[]): boolean => {
  let flat = flatPaths.get(paths);
  if (flat === undefined) {
    flat = paths.every((path) => !path.includes('.') && !path.endsWith('[]'));
    flatPaths.set(paths, flat);
  }
  return flat;
};

/**
 * {@link blankPersonalLeaves} of top-level paths: one copy of the data, leaves in path order (the
 * order {@link mapPersonalLeaves} visits them in).
 */
const blankTopLevelLeaves = (data: unknown, paths: readonly string[], erased: string): Blanked | null => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  let values: unknown[] | null = null;
  let copy: Record<string, unknown> | null = null;
  for (const path of paths) {
    const leaf = record[path];
    if (leaf === null || leaf === undefined) continue;
    if (copy === null) {
      copy = { ...record };
      values = [];
    }
    (values as unknown[]).push(leaf);
    copy[path] = erased;
  }
  return copy === null ? null : { data: copy, values: values as unknown[] };
};

/** The personal leaves of `data` at `paths`, blanked; null when it holds none. */
export const blankPersonalLeaves = (data: unknown, paths: readonly string[], erased: string): Blanked | null => {
  if (paths.length === 0) return null;
  if (allFlat(paths)) return blankTopLevelLeaves(data, paths, erased);
  const values: unknown[] = [];
  const blanked = mapPersonalLeaves(data, paths, (leaf) => {
    values.push(leaf);
    return erased;
  });
  return values.length === 0 ? null : { data: blanked, values };
};

interface EventParts {
  readonly id: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * The event as stored: blanked data, and an envelope in its metadata holding the values sealed
 * under `key` (bound to the event's id); with no key (a forgotten subject) the values are dropped.
 */
export const sealedEvent = <E extends EventParts>(
  event: E,
  blanked: Blanked,
  paths: readonly string[],
  subject: string,
  key: SealingKey | null,
): E => {
  const envelope: PersonalDataEnvelope = key
    ? { v: 1, subject, paths, box: seal(key, JSON.stringify(blanked.values), event.id) }
    : { v: 1, subject, paths };
  return { ...event, data: blanked.data, metadata: withEnvelope(event.metadata, envelope) };
};

/** The event as its readers see it, given its subject's key (null: forgotten, the leaves stay erased). */
export const openedEvent = <E extends EventParts>(event: E, envelope: PersonalDataEnvelope, key: SealingKey | null): E => {
  const metadata = withoutEnvelope(event.metadata);
  if (!key || envelope.box === undefined) return { ...event, metadata };
  const values = JSON.parse(open(key, envelope.box, event.id)) as unknown[];
  let at = 0;
  const data = mapPersonalLeaves(event.data, envelope.paths, () => values[at++]);
  return { ...event, data, metadata };
};
