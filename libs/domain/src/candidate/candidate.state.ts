/** What the candidate stream knows: whether it exists, and whether it was erased. */
export type CandidateState =
  | { readonly exists: false }
  | { readonly exists: true; readonly candidateId: string; readonly erased: boolean };

export const initialCandidateState = (): CandidateState => ({ exists: false });

/** Whether the candidate was erased (a stream that never existed was not). */
export const isErased = (state: CandidateState): boolean => state.exists && state.erased;
