import {
  SetGoalMutation,
  labelOf,
  polarityLabels,
  themeLabels,
  type FeedbackFields,
  type ResultOf,
} from '@pivotal/client';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from '../routing/router';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage, TextField } from '../ui/form-fields';

type Point = ResultOf<typeof FeedbackFields>['points'][number];

/** One point of feedback; an improvement point can become a goal, in the candidate's own words. */
export const FeedbackPointItem = ({
  feedbackId,
  point,
  hasGoal,
}: {
  feedbackId: string;
  point: Point;
  hasGoal: boolean;
}) => {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(point.note);
  const [result, setGoal] = useMutation(SetGoalMutation);
  const { fieldErrors, message } = formErrorsFor(result.error, ['title']);
  const improvement = point.polarity === 'IMPROVEMENT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await setGoal({ input: { feedbackId, pointIndex: point.index, title: title.trim() } });
    if (answer.data) setEditing(false);
  };

  return (
    <li className={`point point-${point.polarity.toLowerCase()}`}>
      <p className="point-head">
        <span className="badge">{labelOf(themeLabels, point.theme)}</span>
        <span className={`badge badge-${improvement ? 'improvement' : 'strength'}`}>
          {labelOf(polarityLabels, point.polarity)}
        </span>
      </p>
      <p className="point-note">{point.note}</p>
      {improvement && hasGoal ? (
        <p className="confirmation">
          This is one of your goals. <Link to="/goals">See your goals</Link>
        </p>
      ) : null}
      {improvement && !hasGoal && !editing ? (
        <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
          Make this a goal
        </button>
      ) : null}
      {improvement && !hasGoal && editing ? (
        <form onSubmit={submit} noValidate aria-label="New goal">
          <TextField
            label="Your goal"
            autoFocus
            hint="Say it in your own words: what will you do?"
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={fieldErrors['title']}
          />
          <FormMessage message={message} />
          <div className="actions">
            <button type="submit" disabled={result.fetching}>
              {result.fetching ? 'Saving…' : 'Set goal'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
};
