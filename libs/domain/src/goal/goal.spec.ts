import { describe, it } from 'vitest';
import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import type { CompleteGoal, FeedbackPointFacts, SetGoal } from './goal.commands';
import { goalDecider } from './goal.decider';
import type { GoalAbandoned, GoalCompleted, GoalSet } from './goal.events';

const given = specification(goalDecider);
const NOW = '2026-11-25T12:00:00.000Z';
const goalId = 'goal-1';
const candidateId = 'cand-1';

const fromFeedback: FeedbackPointFacts = {
  feedbackId: 'fb-1',
  applicationId: 'app-1',
  pointIndex: 1,
  point: { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the company.' },
  feedbackOwnerCandidateId: candidateId,
};
const setGoal = (data: Partial<SetGoal['data']> = {}): SetGoal => ({
  type: 'SetGoal',
  data: { goalId, candidateId, title: 'Read three annual reports', fromFeedback, actorId: candidateId, now: NOW, ...data },
});
const completeGoal = (data: Partial<CompleteGoal['data']> = {}): CompleteGoal => ({
  type: 'CompleteGoal',
  data: { goalId, reflection: 'I now prepare a page of notes.', actorId: candidateId, now: NOW, ...data },
});
const abandonGoal = (actorId = candidateId) => ({ type: 'AbandonGoal' as const, data: { goalId, actorId, now: NOW } });

const goalSet: GoalSet = {
  type: 'GoalSet',
  data: {
    goalId,
    candidateId,
    theme: 'PREPARATION',
    title: 'Read three annual reports',
    setAt: NOW,
    fromFeedbackId: 'fb-1',
    applicationId: 'app-1',
    pointIndex: 1,
  },
};
const completed: GoalCompleted = {
  type: 'GoalCompleted',
  data: { goalId, candidateId, completedAt: NOW, reflection: 'I now prepare a page of notes.' },
};
const abandoned: GoalAbandoned = { type: 'GoalAbandoned', data: { goalId, candidateId, abandonedAt: NOW } };

describe('setting a goal', () => {
  it('sets it from an improvement point of the candidate’s own feedback, taking the point’s theme', () =>
    given([]).when(setGoal({ title: '  Read three annual reports ' })).then([goalSet]));

  it('takes the point’s theme over any theme sent along', () =>
    given([]).when(setGoal({ theme: 'OTHER' })).then([goalSet]));

  it('sets a goal of the candidate’s own, with its theme', () =>
    given([])
      .when(setGoal({ fromFeedback: null, theme: 'COMMUNICATION' }))
      .then([
        {
          ...goalSet,
          data: { ...goalSet.data, theme: 'COMMUNICATION', fromFeedbackId: null, applicationId: null, pointIndex: null },
        },
      ]));

  it('refuses a goal of its own without a theme', () =>
    given([]).when(setGoal({ fromFeedback: undefined })).thenThrows(InvalidInput, 'required', { field: 'theme' }));

  it('refuses a theme outside the vocabulary', () =>
    given([])
      .when(setGoal({ fromFeedback: null, theme: 'LUCK' as never }))
      .thenThrows(InvalidInput, 'must be one of', { field: 'theme' }));

  it('refuses a point that is a strength', () =>
    given([])
      .when(setGoal({ fromFeedback: { ...fromFeedback, point: { theme: 'EXPERIENCE', polarity: 'STRENGTH', note: 'Deep.' } } }))
      .thenThrows(RuleBroken, 'a goal comes from an improvement point'));

  it('refuses feedback of another candidate', () =>
    given([])
      .when(setGoal({ fromFeedback: { ...fromFeedback, feedbackOwnerCandidateId: 'cand-2' } }))
      .thenThrows(Forbidden, "the candidate's own feedback"));

  it('refuses a point index out of range', () =>
    given([])
      .when(setGoal({ fromFeedback: { ...fromFeedback, pointIndex: 7, point: null } }))
      .thenThrows(InvalidInput, 'does not name a point', { field: 'pointIndex' }));

  it('refuses anyone but the candidate', () =>
    given([]).when(setGoal({ actorId: 'staff-1' })).thenThrows(Forbidden, 'only the candidate can set its own goals'));

  it('refuses a goal that exists already', () =>
    given([goalSet]).when(setGoal()).thenThrows(AlreadyExists, `goal ${goalId} already exists`));

  it('refuses a blank title', () =>
    given([]).when(setGoal({ title: '  ' })).thenThrows(InvalidInput, 'blank', { field: 'title' }));

  it('refuses a title over 200 characters', () =>
    given([]).when(setGoal({ title: 'x'.repeat(201) })).thenThrows(InvalidInput, 'at most 200', { field: 'title' }));
});

describe('completing a goal', () => {
  it('completes it with a reflection', () => given([goalSet]).when(completeGoal()).then([completed]));

  it('completes it without one', () =>
    given([goalSet])
      .when(completeGoal({ reflection: null }))
      .then([{ ...completed, data: { ...completed.data, reflection: null } }]));

  it('completes only by its own candidate', () =>
    given([goalSet])
      .when(completeGoal({ actorId: 'cand-2' }))
      .thenThrows(Forbidden, 'only the candidate who owns this goal can complete it'));

  it('completes a goal once', () => given([goalSet, completed]).when(completeGoal()).thenThrows(RuleBroken, 'a goal is completed once'));

  it('refuses to complete an abandoned goal', () =>
    given([goalSet, abandoned]).when(completeGoal()).thenThrows(RuleBroken, 'an abandoned goal cannot be completed'));

  it('refuses a goal that does not exist', () => given([]).when(completeGoal()).thenThrows(NotFound, `goal ${goalId} not found`));

  it('refuses a reflection over 2000 characters', () =>
    given([goalSet])
      .when(completeGoal({ reflection: 'x'.repeat(2001) }))
      .thenThrows(InvalidInput, 'at most 2000', { field: 'reflection' }));
});

describe('abandoning a goal', () => {
  it('abandons it', () => given([goalSet]).when(abandonGoal()).then([abandoned]));

  it('abandons only by its own candidate', () =>
    given([goalSet]).when(abandonGoal('cand-2')).thenThrows(Forbidden, 'only the candidate who owns this goal can abandon it'));

  it('refuses to abandon a completed goal', () =>
    given([goalSet, completed]).when(abandonGoal()).thenThrows(RuleBroken, 'a completed goal cannot be abandoned'));

  it('abandons a goal once', () => given([goalSet, abandoned]).when(abandonGoal()).thenThrows(RuleBroken, 'a goal is abandoned once'));

  it('refuses a goal that does not exist', () => given([]).when(abandonGoal()).thenThrows(NotFound, 'not found'));
});
