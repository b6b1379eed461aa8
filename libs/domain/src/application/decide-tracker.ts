import { Forbidden, RuleBroken } from '../shared/errors';
import { SCHEDULED_MAX_AHEAD_MS, TEXT_LIMITS } from '../shared/limits';
import { boundedInstant, instant, optionalText, requiredText } from '../shared/validate';
import type { ApplicationEvent } from './application.events';
import type { ExistingApplication } from './application.state';
import type { TrackerCommand } from './tracker.commands';

const ownedBy = (state: ExistingApplication, actorId: string, doing: string): void => {
  if (state.candidateId !== actorId)
    throw new Forbidden(`only the candidate who owns this application can ${doing}`);
};

/** There is feedback to reflect on: it arrived (and its points are what the reflection precedes). */
const feedbackArrived = (state: ExistingApplication): string => {
  switch (state.feedbackStatus) {
    case 'NONE':
    case 'REQUESTED':
      throw new RuleBroken(
        'there is no feedback to reflect on yet: a reflection is written once the feedback has arrived',
      );
    case 'DECLINED':
      throw new RuleBroken('no feedback will come for this application: there is nothing to reflect on');
    case 'RECEIVED':
      if (state.feedbackId === null) throw new RuleBroken('there is no feedback to reflect on yet');
      return state.feedbackId;
  }
};

/**
 * Decide the candidate's own tracking of an application that exists: the reflection before the
 * feedback, and follow-ups. A withdrawn application takes no new follow-up, but its reflection
 * (feedback may have arrived before withdrawing) and an old follow-up may still be dealt with.
 */
export const decideTracker = (command: TrackerCommand, state: ExistingApplication): ApplicationEvent[] => {
  const { data } = command;
  switch (command.type) {
    case 'WriteReflection': {
      ownedBy(state, data.actorId, 'write its reflection');
      const feedbackId = feedbackArrived(state);
      const text = requiredText(command.data.text, 'text', TEXT_LIMITS.reflection);
      if (state.reflection !== null) {
        // Sent again (a retry, a second tab): nothing changes. A different text would rewrite what was expected.
        if (state.reflection === text) return [];
        throw new RuleBroken(
          'a reflection is written once, before reading the feedback: it cannot be changed afterwards',
        );
      }
      return [
        {
          type: 'ReflectionWritten',
          data: {
            applicationId: data.applicationId,
            candidateId: state.candidateId,
            feedbackId,
            text,
            writtenAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'SetFollowUp': {
      ownedBy(state, data.actorId, 'set its follow-up');
      if (state.withdrawnAt !== null) throw new RuleBroken('a withdrawn application is not followed up');
      const followUpAt = boundedInstant(
        command.data.followUpAt,
        'followUpAt',
        data.now,
        SCHEDULED_MAX_AHEAD_MS,
      );
      const note = optionalText(command.data.note, 'note', TEXT_LIMITS.notes);
      if (state.followUp?.at === followUpAt && state.followUp.note === note) return [];
      return [
        {
          type: 'FollowUpSet',
          data: {
            applicationId: data.applicationId,
            candidateId: state.candidateId,
            followUpAt,
            note,
            setAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'ClearFollowUp': {
      ownedBy(state, data.actorId, 'clear its follow-up');
      // Nothing to clear is what the candidate wanted: no refusal, no event.
      if (state.followUp === null) return [];
      return [
        {
          type: 'FollowUpCleared',
          data: {
            applicationId: data.applicationId,
            candidateId: state.candidateId,
            clearedAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'CompleteFollowUp': {
      ownedBy(state, data.actorId, 'complete its follow-up');
      if (state.followUp === null) throw new RuleBroken('there is no follow-up to complete: set one first');
      return [
        {
          type: 'FollowUpCompleted',
          data: {
            applicationId: data.applicationId,
            candidateId: state.candidateId,
            followUpAt: state.followUp.at,
            completedAt: instant(data.now, 'now'),
          },
        },
      ];
    }
  }
};
