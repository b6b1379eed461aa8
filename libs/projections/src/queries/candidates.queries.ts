import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';
import { APPLICATION_COUNTS } from './application-counts';
import type { StoredInterview } from '../read-models/applications.projection';
import { streakWeeks, toIso, toIsoOrNull, toMs, isoWeekIndex } from '../time';
import { alignOne, decodeCursor, idList, pageSize, toPage } from './page';
import type { CandidateProfile, CandidateStats, Page, PageArgs } from './read-model.types';

interface CandidateRow {
  id: string;
  agency_id: string | null;
  name: string;
  name_key: string;
  email: string;
  registered_at: number;
}
interface ApplicationCounts {
  applied: number;
  interviewed: number;
  rejected: number;
  offers: number;
  withdrawn: number;
  feedbackRequested: number;
  feedbackReceived: number;
}
/** The instants of the candidate's own activity on one application. */
interface ApplicationActivity {
  applied_at: number;
  withdrawn_at: number | null;
  feedback_requested_at: number | null;
  interviews: string;
}

/**
 * A candidate's profile and stats as the read models hold them, short of the streak: the weeks
 * they were active in, newest first, from which `profileAt` counts it for any instant.
 */
export interface CandidateStanding extends Omit<CandidateProfile, 'stats'> {
  readonly counts: Omit<CandidateStats, 'streakWeeks'>;
  readonly activeWeeks: readonly number[];
}

const msOf = (now: Date | string | number): number =>
  typeof now === 'number' ? now : typeof now === 'string' ? toMs(now) : now.getTime();

/** The profile of a standing, its streak counted to `now`. */
export const profileAt = (standing: CandidateStanding, now: Date | string | number): CandidateProfile => ({
  id: standing.id,
  agencyId: standing.agencyId,
  name: standing.name,
  email: standing.email,
  registeredAt: standing.registeredAt,
  stats: { ...standing.counts, streakWeeks: streakWeeks(standing.activeWeeks, msOf(now)) },
});

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped. */
const containing = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface CandidatesOfAgencyArgs extends PageArgs {
  readonly agencyId: string;
  /** Part of the name or the email, case-insensitive; empty or absent = everyone. */
  readonly search?: string | null;
  /** The instant streaks are counted to. */
  readonly now: Date | string;
}

/** Candidate profiles with their stats; the agency's candidates by name, searchable. */
export const candidateQueries = (db: ReadModelDb) => {
  const byId = lazily(db, 'SELECT * FROM candidates WHERE id = ?');
  const byIds = lazily(db, 'SELECT * FROM candidates WHERE id IN (SELECT value FROM json_each(?))');
  const applicationCounts = lazily(
    db,
    `SELECT ${APPLICATION_COUNTS} FROM applications WHERE candidate_id = ?`,
  );
  const applicationActivity = lazily(
    db,
    'SELECT applied_at, withdrawn_at, feedback_requested_at, interviews FROM applications WHERE candidate_id = ?',
  );
  const goalActivity = lazily(
    db,
    'SELECT set_at, completed_at, abandoned_at FROM goals WHERE candidate_id = ?',
    (s) => s.raw(),
  );
  const match = `agency_id = :agencyId AND (:search IS NULL OR name_key LIKE :search ESCAPE '\\' OR lower(email) LIKE :search ESCAPE '\\')`;
  const firstPage = lazily(db, `SELECT * FROM candidates WHERE ${match} ORDER BY name_key, id LIMIT :limit`);
  const nextPage = lazily(
    db,
    `SELECT * FROM candidates WHERE ${match} AND (name_key, id) > (:nameKey, :id) ORDER BY name_key, id LIMIT :limit`,
  );
  const count = lazily(db, `SELECT count(*) FROM candidates WHERE ${match}`, (s) => s.pluck());

  /** Every instant the candidate did something themselves: applied, was interviewed, withdrew, asked for feedback, worked on a goal (`goals`: their goals' set/completed/abandoned instants). */
  const activityOf = (candidateId: string, goals: readonly (number | null)[][]): number[] => {
    const instants: number[] = [];
    for (const a of applicationActivity.all(candidateId) as ApplicationActivity[]) {
      instants.push(a.applied_at);
      if (a.withdrawn_at !== null) instants.push(a.withdrawn_at);
      if (a.feedback_requested_at !== null) instants.push(a.feedback_requested_at);
      for (const i of JSON.parse(a.interviews) as StoredInterview[]) {
        if (i.scheduledFor !== null) instants.push(i.scheduledFor);
        if (i.occurredAt !== null) instants.push(i.occurredAt);
      }
    }
    for (const goal of goals) {
      for (const at of goal) if (at !== null) instants.push(at);
    }
    return instants;
  };

  const standing = (r: CandidateRow): CandidateStanding => {
    const goals = goalActivity.all(r.id) as (number | null)[][];
    const activity = activityOf(r.id, goals);
    return {
      id: r.id,
      agencyId: r.agency_id,
      name: r.name,
      email: r.email,
      registeredAt: toIso(r.registered_at),
      counts: {
        ...(applicationCounts.get(r.id) as ApplicationCounts),
        goalsSet: goals.length,
        goalsCompleted: goals.filter((g) => g[1] !== null).length,
        lastActiveAt: activity.length === 0 ? null : toIsoOrNull(Math.max(...activity)),
      },
      activeWeeks: [...new Set(activity.map(isoWeekIndex))].sort((a, b) => b - a),
    };
  };
  const profile = (r: CandidateRow, now: number): CandidateProfile => profileAt(standing(r), now);
  const candidateStandingsByIds = (ids: readonly string[]): (CandidateStanding | null)[] =>
    alignOne(ids, byIds.all(idList(ids)) as CandidateRow[], (r) => r.id, standing);
  return {
    /** Candidates' profiles and stats short of the streak (see `profileAt`), in the order of `ids`, null where unknown. */
    candidateStandingsByIds,
    /** A candidate's profile and stats, streak counted to `now`; null when unknown. */
    candidateById: (id: string, now: Date | string): CandidateProfile | null => {
      const row = byId.get(id) as CandidateRow | undefined;
      return row ? profile(row, msOf(now)) : null;
    },
    /** Profiles in the order of `ids`, null where unknown. */
    candidatesByIds: (ids: readonly string[], now: Date | string): (CandidateProfile | null)[] => {
      const ms = msOf(now);
      return candidateStandingsByIds(ids).map((s) => s && profileAt(s, ms));
    },
    /** The agency's candidates ordered by name, filtered by part of the name or email. */
    candidatesOfAgency: (args: CandidatesOfAgencyArgs): Page<CandidateProfile> => {
      const size = pageSize(args);
      const search = args.search?.trim() ? containing(args.search.trim()) : null;
      const params = { agencyId: args.agencyId, search, limit: size + 1 };
      const rows = (
        args.after
          ? (() => {
              const [nameKey, id] = decodeCursor<[string, string]>(args.after, ['string', 'string']);
              return nextPage.all({ ...params, nameKey, id });
            })()
          : firstPage.all(params)
      ) as CandidateRow[];
      const total = count.get({ agencyId: args.agencyId, search }) as number;
      const now = msOf(args.now);
      return toPage(
        rows,
        size,
        total,
        (r) => [r.name_key, r.id],
        (r) => profile(r, now),
      );
    },
  };
};
