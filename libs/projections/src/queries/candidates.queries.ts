import type { ReadModelDb } from '../projection';
import { streakWeeks, toIso, toIsoOrNull, toMs, isoWeekIndex } from '../time';
import { alignOne, decodeCursor, idList, pageSize, toPage } from './page';
import type { CandidateProfile, Page, PageArgs } from './read-model.types';

interface CandidateRow {
  id: string;
  agency_id: string | null;
  name: string;
  name_key: string;
  email: string;
  registered_at: number;
  applied: number;
  interviewed: number;
  rejected: number;
  offers: number;
  withdrawn: number;
  feedback_requested: number;
  feedback_received: number;
  goals_set: number;
  goals_completed: number;
  last_active_at: number | null;
}

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
  const byId = db.prepare('SELECT * FROM candidates WHERE id = ?');
  const byIds = db.prepare('SELECT * FROM candidates WHERE id IN (SELECT value FROM json_each(?))');
  const weeks = db
    .prepare('SELECT week FROM candidate_weeks WHERE candidate_id = ? AND week <= ? ORDER BY week DESC')
    .pluck();
  const match = `agency_id = :agencyId AND (:search IS NULL OR name_key LIKE :search ESCAPE '\\' OR lower(email) LIKE :search ESCAPE '\\')`;
  const firstPage = db.prepare(`SELECT * FROM candidates WHERE ${match} ORDER BY name_key, id LIMIT :limit`);
  const nextPage = db.prepare(
    `SELECT * FROM candidates WHERE ${match} AND (name_key, id) > (:nameKey, :id) ORDER BY name_key, id LIMIT :limit`,
  );
  const count = db.prepare(`SELECT count(*) FROM candidates WHERE ${match}`).pluck();

  const profile = (r: CandidateRow, now: number): CandidateProfile => ({
    id: r.id,
    agencyId: r.agency_id,
    name: r.name,
    email: r.email,
    registeredAt: toIso(r.registered_at),
    stats: {
      applied: r.applied,
      interviewed: r.interviewed,
      rejected: r.rejected,
      offers: r.offers,
      withdrawn: r.withdrawn,
      feedbackRequested: r.feedback_requested,
      feedbackReceived: r.feedback_received,
      goalsSet: r.goals_set,
      goalsCompleted: r.goals_completed,
      streakWeeks: streakWeeks(weeks.iterate(r.id, isoWeekIndex(now)) as Iterable<number>, now),
      lastActiveAt: toIsoOrNull(r.last_active_at),
    },
  });
  const msOf = (now: Date | string): number => (typeof now === 'string' ? toMs(now) : now.getTime());

  return {
    /** A candidate's profile and stats, streak counted to `now`; null when unknown. */
    candidateById: (id: string, now: Date | string): CandidateProfile | null => {
      const row = byId.get(id) as CandidateRow | undefined;
      return row ? profile(row, msOf(now)) : null;
    },
    /** Profiles in the order of `ids`, null where unknown. */
    candidatesByIds: (ids: readonly string[], now: Date | string): (CandidateProfile | null)[] => {
      const ms = msOf(now);
      return alignOne(ids, byIds.all(idList(ids)) as CandidateRow[], (r) => r.id, (r) => profile(r, ms));
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
      return toPage(rows, size, total, (r) => [r.name_key, r.id], (r) => profile(r, now));
    },
  };
};
