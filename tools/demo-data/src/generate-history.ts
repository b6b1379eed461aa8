import { schemaVersionOf, streams } from '@pivotal/domain';
import type { EventStore, EventToAppend, ExpectedRevision } from '@pivotal/event-store';
import { candidateAccount, type GeneratedAccounts } from './candidate-account';
import { simulateCandidate, type TimedEvent } from './candidate-history';
import { simulateTracker } from './tracker-history';
import { seededRandom, type Random } from './prng';

/** What to generate: seeded, so the same options give the same events, ids included. */
export interface HistoryOptions {
  readonly seed: number;
  /** History ends here; it spreads over the `months` before (default 6). */
  readonly now: Date | string;
  readonly months?: number;
  readonly agencyId: string;
  /** How many new candidates (each with `CandidateRegistered`). */
  readonly candidates: number;
  /** Candidates who already exist (e.g. the demo sign-in): they get applications, feedback and goals, no registration. */
  readonly existingCandidateIds?: readonly string[];
  /** When given, the history starts with `AgencyCreated`. */
  readonly agency?: { readonly name: string; readonly joinCode: string };
  /** The staff account that records feedback (default 'system'). */
  readonly staffId?: string;
  /**
   * Staff who share the queue (the first is the lead who assigns): requests are assigned to them
   * and mostly answered within days, a few wait unassigned. Without it, `staffId` answers alone,
   * slowly, as before (the benchmarks' history).
   */
  readonly team?: readonly string[];
  /** When given, every new candidate gets an account to sign in with (see `GeneratedAccounts`). */
  readonly accounts?: GeneratedAccounts;
}

/** One append: a whole stream, in causal order with the batches before it. */
export interface HistoryBatch {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  readonly events: EventToAppend[];
}

const MONTH = 30 * 86_400_000;

const toAppend = (random: Random, timed: TimedEvent): EventToAppend => {
  const correlationId = random.uuid();
  return {
    id: random.uuid(),
    type: timed.event.type,
    data: timed.event.data,
    metadata: {
      schemaVersion: schemaVersionOf(timed.event.type),
      correlationId,
      causationId: correlationId,
      actorId: timed.actorId,
      occurredAt: new Date(timed.at).toISOString(),
    },
  };
};

/** A candidate's events as appends: each stream whole, streams in the order they began. */
const batchesOf = (random: Random, history: TimedEvent[]): HistoryBatch[] => {
  const byStream = new Map<string, TimedEvent[]>();
  for (const timed of history) {
    const stream = byStream.get(timed.streamId);
    if (stream) stream.push(timed);
    else byStream.set(timed.streamId, [timed]);
  }
  return [...byStream.entries()]
    .sort(([, a], [, b]) => (a[0] as TimedEvent).at - (b[0] as TimedEvent).at)
    .map(([streamId, events]) => ({
      streamId,
      expected: 'no_stream',
      events: events.map((timed) => toAppend(random, timed)),
    }));
};

/**
 * A realistic agency history: candidates applying over months, interviews, rejections and a
 * few offers, feedback asked for and (often late, sometimes never) given, goals set from it and
 * completed or abandoned. Yields appends in causal order: a stream never references one not yet
 * written, and every stream is new (`expected: 'no_stream'`).
 */
export function* generateHistory(options: HistoryOptions): Generator<HistoryBatch> {
  const now = typeof options.now === 'string' ? Date.parse(options.now) : options.now.getTime();
  const since = now - (options.months ?? 6) * MONTH;
  const staffId = options.staffId ?? 'system';
  const ids = seededRandom(options.seed, -1);
  if (options.agency) {
    const createdAt = new Date(since - MONTH).toISOString();
    const event = { type: 'AgencyCreated', data: { agencyId: options.agencyId, ...options.agency, createdAt } } as const;
    yield {
      streamId: streams.agency(options.agencyId),
      expected: 'no_stream',
      events: [toAppend(ids, { streamId: '', at: Date.parse(createdAt), actorId: 'system', event })],
    };
  }
  const existing = options.existingCandidateIds ?? [];
  for (let i = 0; i < existing.length + options.candidates; i += 1) {
    const random = seededRandom(options.seed, i);
    const known = existing[i];
    const candidateId = known ?? random.uuid();
    const n = i - existing.length + 1;
    const history = simulateCandidate(random, {
      candidateId,
      agencyId: options.agencyId,
      staffId,
      ...(options.team && options.team.length > 0 ? { team: options.team } : {}),
      since,
      now,
      register: known === undefined,
      ...(options.accounts && known === undefined ? { email: options.accounts.emailOf(n) } : {}),
    });
    const tracked = [...history, ...simulateTracker(random, history, now)];
    const account = options.accounts ? candidateAccount(history, options.accounts.passwordHash) : null;
    yield* batchesOf(random, account ? [account, ...tracked] : tracked);
  }
}

export interface WriteProgress {
  readonly events: number;
  readonly streams: number;
}

/** Appends a generated history to a store, one append per stream, and says how much was written. */
export const writeHistory = async (
  store: EventStore,
  options: HistoryOptions,
  onProgress?: (progress: WriteProgress) => void,
): Promise<WriteProgress & { readonly lastPosition: bigint }> => {
  let events = 0;
  let written = 0;
  let lastPosition = -1n;
  for (const batch of generateHistory(options)) {
    const result = await store.append(batch.streamId, batch.events, batch.expected);
    lastPosition = result.position;
    events += batch.events.length;
    written += 1;
    if (onProgress && written % 1000 === 0) onProgress({ events, streams: written });
  }
  onProgress?.({ events, streams: written });
  return { events, streams: written, lastPosition };
};

/** How many events a history holds (generating it, writing nothing). */
export const countEvents = (options: HistoryOptions): number => {
  let count = 0;
  for (const batch of generateHistory(options)) count += batch.events.length;
  return count;
};

/**
 * The number of candidates that makes a history of about `events` events (for `--events N`):
 * measured on a sample of the same seeded series, then scaled.
 */
export const candidatesForEvents = (events: number, options: Omit<HistoryOptions, 'candidates'>): number => {
  const sample = 200;
  const perCandidate = countEvents({ ...options, agency: undefined, existingCandidateIds: [], candidates: sample }) / sample;
  return Math.max(1, Math.round(events / perCandidate));
};
