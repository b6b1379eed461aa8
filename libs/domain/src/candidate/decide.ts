import { AlreadyExists, Forbidden, NotFound } from '../shared/errors';
import { TEXT_LIMITS } from '../shared/limits';
import { email, instant, requiredText } from '../shared/validate';
import type { CandidateCommand } from './candidate.commands';
import type { CandidateEvent } from './candidate.events';
import type { CandidateState } from './candidate.state';

/** Decide what a candidate command means. */
export const decideCandidate = (command: CandidateCommand, state: CandidateState): CandidateEvent[] => {
  switch (command.type) {
    case 'RegisterCandidate': {
      const { data } = command;
      if (state.exists) throw new AlreadyExists('candidate', data.candidateId);
      return [
        {
          type: 'CandidateRegistered',
          data: {
            candidateId: data.candidateId,
            name: requiredText(data.name, 'name', TEXT_LIMITS.name),
            email: email(data.email, 'email'),
            agencyId: data.agencyId,
            registeredAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'ResetCalendarFeed': {
      const { data } = command;
      if (!state.exists) throw new NotFound('candidate', data.candidateId);
      if (data.actorId !== data.candidateId)
        throw new Forbidden('only the candidate can reset its own calendar feed');
      return [
        {
          type: 'CalendarFeedReset',
          data: {
            candidateId: data.candidateId,
            version: state.calendarFeedVersion + 1,
            resetAt: instant(data.now, 'now'),
          },
        },
      ];
    }
  }
};
