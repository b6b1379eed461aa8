import type { CandidateEvent } from './candidate.events';
import type { CandidateState } from './candidate.state';

/** Fold one candidate event into the state. */
export const evolveCandidate = (state: CandidateState, event: CandidateEvent): CandidateState => {
  switch (event.type) {
    case 'CandidateRegistered':
      return { exists: true, candidateId: event.data.candidateId, erased: false, calendarFeedVersion: 0 };
    case 'CandidateErased':
      return state.exists ? { ...state, erased: true } : state;
    case 'CalendarFeedReset':
      return state.exists ? { ...state, calendarFeedVersion: event.data.version } : state;
  }
};
