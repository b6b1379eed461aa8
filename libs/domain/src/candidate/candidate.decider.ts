import type { Decider } from '../shared/event';
import type { CandidateCommand } from './candidate.commands';
import type { CandidateEvent } from './candidate.events';
import { type CandidateState, initialCandidateState } from './candidate.state';
import { decideCandidate } from './decide';
import { evolveCandidate } from './evolve';

/** The `candidate-<id>` stream kind. */
export const candidateDecider: Decider<CandidateCommand, CandidateEvent, CandidateState> = {
  initialState: initialCandidateState,
  evolve: evolveCandidate,
  decide: decideCandidate,
};
