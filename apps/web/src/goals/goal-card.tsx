import {
  AbandonGoalMutation,
  CompleteGoalMutation,
  goalStatusLabels,
  labelOf,
  themeLabels,
  type GoalFields,
  type ResultOf,
} from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextAreaField } from '../ui/form-fields';
import { formatDate } from '../ui/time';

type Goal = ResultOf<typeof GoalFields>;

/** Where a goal came from: the point's words and the application whose feedback it was. */
export interface GoalOrigin {
  readonly note: string;
  readonly application: string;
}

/** One goal: its words, the point it came from, and (while open) complete or abandon. */
export const GoalCard = ({ goal, origin }: { goal: Goal; origin: GoalOrigin | null }) => {
  const [mode, setMode] = useState<'idle' | 'completing' | 'abandoning'>('idle');
  const [reflection, setReflection] = useState('');
  const [completion, complete] = useMutation(CompleteGoalMutation);
  const [abandonment, abandon] = useMutation(AbandonGoalMutation);
  const { fieldErrors, message } = formErrorsFor(completion.error ?? abandonment.error, ['reflection']);

  const submitCompletion = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await complete({
      goalId: goal.id,
      ...(reflection.trim() ? { reflection: reflection.trim() } : {}),
    });
    if (answer.data) setMode('idle');
  };

  return (
    <li className={`goal goal-${goal.status.toLowerCase()}`} aria-label={goal.title}>
      <p className="point-head">
        <span className="badge">{labelOf(themeLabels, goal.theme)}</span>
        <span className="badge">{goalStatusLabels[goal.status]}</span>
      </p>
      <h3>{goal.title}</h3>
      {origin ? (
        <p className="origin">
          From feedback on {origin.application}: <q>{origin.note}</q>
        </p>
      ) : (
        <p className="origin">Set by you.</p>
      )}
      <p className="card-meta">
        Set {formatDate(goal.setAt)}
        {goal.completedAt ? `, completed ${formatDate(goal.completedAt)}` : ''}
      </p>
      {goal.status === 'OPEN' && mode === 'idle' ? (
        <div className="actions">
          <button type="button" onClick={() => setMode('completing')}>
            Complete
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('abandoning')}>
            Abandon
          </button>
        </div>
      ) : null}
      {goal.status === 'OPEN' && mode === 'completing' ? (
        <form onSubmit={submitCompletion} noValidate aria-label={`Complete ${goal.title}`}>
          <TextAreaField
            label="What did you do, and what changed?"
            autoFocus
            hint="A sentence or two, for your future self."
            value={reflection}
            onChange={(event) => setReflection(event.target.value)}
            error={fieldErrors['reflection']}
          />
          <div className="actions">
            <button type="submit" disabled={completion.fetching}>
              {completion.fetching ? 'Saving…' : 'Mark as completed'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {goal.status === 'OPEN' && mode === 'abandoning' ? (
        <div className="confirm" role="group" aria-label={`Abandon ${goal.title}`}>
          <p>Let this goal go? That is fine: not every point matters for the jobs you want.</p>
          <button
            type="button"
            className="button-danger"
            disabled={abandonment.fetching}
            onClick={() => abandon({ goalId: goal.id })}
          >
            Yes, abandon it
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      ) : null}
      <FormMessage message={message} />
    </li>
  );
};
