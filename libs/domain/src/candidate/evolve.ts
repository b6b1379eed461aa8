import type { CandidateEvent } from './candidate.events';
import type { CandidateState } from './candidate.state';

/** Fold one candidate event into the state. */
export const evolveCandidate = (state: CandidateState, event: CandidateEvent): CandidateState => {
  switch (event.type) {
    case 'CandidateRegistered':
      return { exists: true, candidateId: event.data.candidateId, erased: false };
    case 'CandidateErased':
      return state.exists ? { ...state, erased: true } : state;
  }
};
