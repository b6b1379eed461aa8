/**
 * What the candidate stream knows: whether it exists, whether it was erased, and the version of
 * its calendar feed's URL (0 until the first reset).
 */
export type CandidateState =
  | { readonly exists: false }
  | { readonly exists: true; readonly candidateId: string; readonly erased: boolean; readonly calendarFeedVersion: number };

export const initialCandidateState = (): CandidateState => ({ exists: false });

/** Whether the candidate was erased (a stream that never existed was not). */
export const isErased = (state: CandidateState): boolean => state.exists && state.erased;
