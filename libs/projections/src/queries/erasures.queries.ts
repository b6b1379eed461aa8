import type { ReadModelDb } from '../projection';
import { lazily } from './lazy-statement';

/** Who was erased, and the ids of what a person owns (the streams their data export reads). */
export const erasureQueries = (db: ReadModelDb) => {
  const erased = lazily(
    db,
    'SELECT EXISTS (SELECT 1 FROM erasures WHERE account_id = ? OR candidate_id = ?)',
    (s) => s.pluck(),
  );
  const applicationIds = lazily(
    db,
    'SELECT id FROM applications WHERE candidate_id = ? ORDER BY applied_at, id',
    (s) => s.pluck(),
  );
  const goalIds = lazily(db, 'SELECT id FROM goals WHERE candidate_id = ? ORDER BY set_at, id', (s) => s.pluck());
  return {
    /** Whether the account (or the candidate of that id) was erased: it may not sign in, its tokens are refused. */
    isErased: (accountOrCandidateId: string): boolean => erased.get(accountOrCandidateId, accountOrCandidateId) === 1,
    /** Every application of a candidate, oldest first (ids only). */
    applicationIdsOfCandidate: (candidateId: string): string[] => applicationIds.all(candidateId) as string[],
    /** Every goal of a candidate, oldest first (ids only). */
    goalIdsOfCandidate: (candidateId: string): string[] => goalIds.all(candidateId) as string[],
  };
};
