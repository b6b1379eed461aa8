import { AlreadyExists, Forbidden, NotFound, RuleBroken } from '../shared/errors';
import { TEXT_LIMITS } from '../shared/limits';
import { email, instant, optionalText, requiredText } from '../shared/validate';
import type { CandidateCommand, EraseCandidate } from './candidate.commands';
import type { CandidateEvent } from './candidate.events';
import type { CandidateState } from './candidate.state';

const erase = (data: EraseCandidate['data'], state: CandidateState): CandidateEvent[] => {
  if (!state.exists) throw new NotFound('candidate', data.candidateId);
  if (state.erased) throw new RuleBroken(`candidate ${data.candidateId} is erased already`);
  const bySelf = data.erasedBy === data.candidateId;
  return [
    {
      type: 'CandidateErased',
      data: {
        candidateId: data.candidateId,
        accountId: data.accountId,
        erasedBy: data.erasedBy,
        // Staff say why they erase someone; a person erasing themselves owes no one a reason.
        reason: bySelf
          ? optionalText(data.reason, 'reason', TEXT_LIMITS.reason)
          : requiredText(data.reason, 'reason', TEXT_LIMITS.reason),
        erasedAt: instant(data.now, 'now'),
      },
    },
  ];
};

/** Decide what a candidate command means. */
export const decideCandidate = (command: CandidateCommand, state: CandidateState): CandidateEvent[] => {
  switch (command.type) {
    case 'RegisterCandidate': {
      const { data } = command;
      if (state.exists && state.erased) throw new RuleBroken(`candidate ${data.candidateId} was erased`);
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
    case 'EraseCandidate':
      return erase(command.data, state);
    case 'ResetCalendarFeed': {
      const { data } = command;
      if (!state.exists) throw new NotFound('candidate', data.candidateId);
      if (data.actorId !== data.candidateId)
        throw new Forbidden('only the candidate can reset its own calendar feed');
      if (state.erased) throw new RuleBroken('the candidate was erased');
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
