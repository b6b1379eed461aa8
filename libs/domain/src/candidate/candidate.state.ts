/**
 * What the candidate stream knows: whether it exists, and the version of its calendar feed's URL
 * (0 until the first reset).
 */
export type CandidateState =
  | { readonly exists: false }
  | { readonly exists: true; readonly candidateId: string; readonly calendarFeedVersion: number };

export const initialCandidateState = (): CandidateState => ({ exists: false });
