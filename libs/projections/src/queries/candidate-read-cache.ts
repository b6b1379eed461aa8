import { LRUCache } from 'lru-cache';
import type { RecordedEvent } from '@pivotal/event-store';
import { applicationsProjection } from '../read-models/applications.projection';
import { candidatesProjection } from '../read-models/candidates.projection';
import { goalsProjection } from '../read-models/goals.projection';
import type { ProjectionRunner } from '../runner';
import type { ApplicationsOfCandidateArgs } from './applications.queries';
import { profileAt, type CandidateStanding } from './candidates.queries';
import type { ReadModelQueries } from './read-model-queries';
import type { ApplicationView, CandidateProfile, Page } from './read-model.types';

/** How many candidates' reads are kept by default: about 50 kB each for a candidate with 50 applications. */
export const DEFAULT_CACHED_CANDIDATES = 1000;

/** Pages kept per candidate: a screen asks for one or two; a client paging oddly cannot grow an entry without bound. */
const PAGES_PER_CANDIDATE = 8;

/** What is kept of one candidate: their standing, and each page of their applications asked for. */
interface CandidateEntry {
  standing?: CandidateStanding | null;
  readonly applicationPages: Map<string, Page<ApplicationView>>;
}

/** The read models the cached reads come from; an event they handle may change a candidate's answers. */
const CACHED_READ_MODELS = [candidatesProjection, applicationsProjection, goalsProjection];

export interface CandidateReadCache {
  /** The queries, with a candidate's profile and applications answered from memory while nothing of theirs changed. */
  readonly queries: ReadModelQueries;
  /** Candidates kept now. */
  size(): number;
  /** Stops listening to the runner (and empties the cache). */
  stop(): void;
}

/**
 * Keeps in memory what a candidate's own screens read on every visit (their profile with its
 * stats, their applications), so that the dashboard is not recounted from the tables each time.
 *
 * Correct by construction rather than by expiry: the runner tells every committed batch to the
 * cache before any read-your-writes wait it reached resolves, and the cache drops each candidate
 * an event of the batch belongs to (by its `candidateId`, or through its application). An event of
 * these read models it cannot place, a rebuild or a version swap drops everything. The reads are
 * synchronous (better-sqlite3) and so is the drop: no read can straddle a commit and store a stale
 * answer. The streak, which depends on the instant of reading, is counted on each read from the
 * kept weeks. Least recently used candidates are evicted beyond `maxCandidates`.
 */
export const cacheCandidateReads = (
  queries: ReadModelQueries,
  runner: Pick<ProjectionRunner, 'onCommitted' | 'onReplaced'>,
  options: { readonly maxCandidates?: number } = {},
): CandidateReadCache => {
  const cache = new LRUCache<string, CandidateEntry>({ max: options.maxCandidates ?? DEFAULT_CACHED_CANDIDATES });
  const cachedTypes: ReadonlySet<string> = new Set(CACHED_READ_MODELS.flatMap((projection) => projection.handles));

  const entryOf = (candidateId: string): CandidateEntry => {
    let entry = cache.get(candidateId);
    if (!entry) {
      entry = { applicationPages: new Map() };
      cache.set(candidateId, entry);
    }
    return entry;
  };

  const standingsByIds = (ids: readonly string[]): (CandidateStanding | null)[] => {
    // One look-up per id, and the answer from what was read: keeping a batch may evict part of it.
    const kept = ids.map((id) => cache.get(id)?.standing);
    const missing = ids.filter((_, i) => kept[i] === undefined);
    const read = new Map(missing.length === 0 ? [] : queries.candidateStandingsByIds(missing).map((standing, i) => [missing[i] as string, standing]));
    for (const [id, standing] of read) entryOf(id).standing = standing;
    return ids.map((id, i) => kept[i] ?? read.get(id) ?? null);
  };

  /** The candidates a batch's events belong to; null when one of them cannot be placed. */
  const candidatesOf = (events: readonly RecordedEvent[]): Set<string> | null => {
    const touched = new Set<string>();
    const applicationIds: string[] = [];
    for (const event of events) {
      if (!cachedTypes.has(event.type)) continue;
      const data = event.data as { candidateId?: unknown; applicationId?: unknown } | null;
      if (typeof data?.candidateId === 'string') touched.add(data.candidateId);
      else if (typeof data?.applicationId === 'string') applicationIds.push(data.applicationId);
      else return null;
    }
    if (applicationIds.length > 0) {
      for (const application of queries.applicationsByIds(applicationIds)) {
        if (!application) return null;
        touched.add(application.candidateId);
      }
    }
    return touched;
  };

  const stopCommitted = runner.onCommitted(({ events }) => {
    if (cache.size === 0) return;
    const touched = candidatesOf(events);
    if (touched === null) cache.clear();
    else for (const candidateId of touched) cache.delete(candidateId);
  });
  const stopReplaced = runner.onReplaced(() => cache.clear());

  return {
    queries: {
      ...queries,
      candidateStandingsByIds: standingsByIds,
      candidateById: (id: string, now: Date | string): CandidateProfile | null => {
        const standing = standingsByIds([id])[0];
        return standing ? profileAt(standing, now) : null;
      },
      candidatesByIds: (ids: readonly string[], now: Date | string): (CandidateProfile | null)[] =>
        standingsByIds(ids).map((standing) => standing && profileAt(standing, now)),
      applicationsOfCandidate: (args: ApplicationsOfCandidateArgs): Page<ApplicationView> => {
        const key = `${args.status ?? ''}|${args.first ?? ''}|${args.after ?? ''}`;
        const pages = entryOf(args.candidateId).applicationPages;
        let page = pages.get(key);
        if (!page) {
          page = queries.applicationsOfCandidate(args);
          if (pages.size >= PAGES_PER_CANDIDATE) pages.clear();
          pages.set(key, page);
        }
        return page;
      },
    },
    size: () => cache.size,
    stop: () => {
      stopCommitted();
      stopReplaced();
      cache.clear();
    },
  };
};
