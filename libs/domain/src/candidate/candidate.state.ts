/** What the candidate stream knows: whether it exists. */
export type CandidateState = { readonly exists: false } | { readonly exists: true; readonly candidateId: string };

export const initialCandidateState = (): CandidateState => ({ exists: false });
