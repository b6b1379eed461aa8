import {
  feedbackThemes,
  polarities,
  polarityLabels,
  recommendationLabels,
  recommendations,
  themeLabels,
  type FeedbackTheme,
  type Polarity,
  type Recommendation,
} from '@pivotal/client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  addPoint,
  emptyCritique,
  MAX_NOTE_LENGTH,
  MAX_POINTS,
  MAX_SUMMARY_LENGTH,
  movePoint,
  removePoint,
  toCritiqueInput,
  updatePoint,
  validateCritique,
  type CritiqueDraft,
  type CritiqueInput,
  type FieldErrors,
} from './critique';
import { Field, FieldError, fieldAria, fieldControl } from '../ui/field';
import { newIdempotencyKey } from './idempotency-key';

/** What sending a critique came to: done, or refused with messages by field path. */
export type SendOutcome = { ok: true } | { ok: false; fieldErrors: FieldErrors; message: string | null };

/** Props of the critique form. */
export interface CritiqueFormProps {
  /** The application the feedback is about. */
  applicationId: string;
  /** Sends a valid critique; resolves with the api's verdict. */
  onSend: (input: CritiqueInput) => Promise<SendOutcome>;
}

type Focus = { key: number; control: 'theme' | 'up' | 'down' | 'remove' } | { control: 'add' };

/**
 * The structured critique staff record: a summary, ordered points (theme, strength or
 * improvement, note) that can be added, removed and reordered by keyboard, and a recommendation.
 */
export const CritiqueForm = ({ applicationId, onSend }: CritiqueFormProps) => {
  const id = useId();
  const [draft, setDraft] = useState<CritiqueDraft>(emptyCritique);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [idempotencyKey] = useState(newIdempotencyKey);
  const controls = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<Focus | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const errors: FieldErrors = { ...(attempted ? validateCritique(draft) : {}), ...serverErrors };
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const name = focus.control === 'add' ? 'add' : `${focus.key}:${focus.control}`;
    controls.current.get(name)?.focus();
  });

  const register = (name: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(name, element);
    else controls.current.delete(name);
  };

  const change = (next: CritiqueDraft, ...paths: string[]) => {
    setDraft(next);
    if (paths.some((path) => path in serverErrors)) {
      setServerErrors((current) => Object.fromEntries(Object.entries(current).filter(([p]) => !paths.includes(p))));
    }
  };

  const move = (index: number, offset: number) => {
    const point = draft.points[index];
    if (!point) return;
    const target = index + offset;
    const atEdge = target === 0 || target === draft.points.length - 1;
    pendingFocus.current = { key: point.key, control: atEdge ? (offset < 0 ? 'down' : 'up') : offset < 0 ? 'up' : 'down' };
    setServerErrors({});
    setDraft(movePoint(draft, index, offset));
    setAnnouncement(`Point ${index + 1} moved to position ${target + 1} of ${draft.points.length}.`);
  };

  const remove = (index: number) => {
    const next = draft.points[index + 1] ?? draft.points[index - 1];
    pendingFocus.current = next ? { key: next.key, control: 'remove' } : { control: 'add' };
    setServerErrors({});
    setDraft(removePoint(draft, index));
    setAnnouncement(`Point ${index + 1} removed. ${draft.points.length - 1} points left.`);
  };

  const add = () => {
    const next = addPoint(draft);
    const added = next.points[next.points.length - 1];
    if (added && next !== draft) pendingFocus.current = { key: added.key, control: 'theme' };
    setDraft(next);
    setAnnouncement(`Point ${next.points.length} added.`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setServerErrors({});
    setServerMessage(null);
    const input = toCritiqueInput(draft, applicationId, idempotencyKey);
    if (!input) {
      summaryRef.current?.focus();
      return;
    }
    setSending(true);
    const outcome = await onSend(input);
    setSending(false);
    if (!outcome.ok) {
      setServerErrors(outcome.fieldErrors);
      setServerMessage(outcome.message);
      summaryRef.current?.focus();
    }
  };

  const fieldId = (path: string) => `${id}-${path.replace(/[^a-z0-9]/gi, '-')}`;
  const control = (path: string, hintId?: string) => fieldControl(fieldId(path), errors[path], hintId);

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Record feedback</h2>
      <p ref={summaryRef} tabIndex={-1} role={errorCount > 0 || serverMessage ? 'alert' : undefined}>
        {serverMessage ? <span className="field-error">{serverMessage} </span> : null}
        {errorCount > 0 ? (
          <span className="field-error">
            {errorCount === 1 ? 'Fix 1 problem before sending.' : `Fix ${errorCount} problems before sending.`}
          </span>
        ) : null}
      </p>

      <Field id={fieldId('summary')} label="Summary" error={errors['summary']}>
        <textarea
          {...control('summary', `${fieldId('summary')}-hint`)}
          value={draft.summary}
          maxLength={MAX_SUMMARY_LENGTH}
          onChange={(e) => change({ ...draft, summary: e.target.value }, 'summary')}
        />
        <p className="hint" id={`${fieldId('summary')}-hint`}>
          What the interviewers said overall, in a few sentences the candidate will read.
        </p>
      </Field>

      <h3 id={`${id}-points`}>Points</h3>
      <FieldError id={fieldId('points')} error={errors['points']} />
      <ol className="points" aria-labelledby={`${id}-points`}>
        {draft.points.map((point, index) => {
          const path = `points[${index}]`;
          const last = index === draft.points.length - 1;
          return (
            <li key={point.key} className="point">
              <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
                <legend>Point {index + 1}</legend>
                <div className="point-grid">
                  <Field id={fieldId(`${path}.theme`)} label="Theme" error={errors[`${path}.theme`]}>
                    <select
                      {...control(`${path}.theme`)}
                      ref={register(`${point.key}:theme`)}
                      value={point.theme}
                      onChange={(e) =>
                        change(updatePoint(draft, index, { theme: e.target.value as FeedbackTheme | '' }), `${path}.theme`)
                      }
                    >
                      <option value="">Choose a theme</option>
                      {feedbackThemes.map((theme) => (
                        <option key={theme} value={theme}>
                          {themeLabels[theme]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <fieldset className="field" {...fieldAria(fieldId(`${path}.polarity`), errors[`${path}.polarity`])}>
                    <legend>Kind</legend>
                    {polarities.map((polarity) => (
                      <label key={polarity} className="choice">
                        <input
                          type="radio"
                          name={`${id}-${point.key}-polarity`}
                          value={polarity}
                          checked={point.polarity === polarity}
                          onChange={() =>
                            change(updatePoint(draft, index, { polarity: polarity as Polarity }), `${path}.polarity`)
                          }
                        />
                        {polarityLabels[polarity]}
                      </label>
                    ))}
                    <FieldError id={fieldId(`${path}.polarity`)} error={errors[`${path}.polarity`]} />
                  </fieldset>
                  <Field
                    id={fieldId(`${path}.note`)}
                    label="Note"
                    error={errors[`${path}.note`]}
                    className="field wide"
                  >
                    <textarea
                      {...control(`${path}.note`)}
                      value={point.note}
                      maxLength={MAX_NOTE_LENGTH}
                      onChange={(e) => change(updatePoint(draft, index, { note: e.target.value }), `${path}.note`)}
                    />
                  </Field>
                </div>
                <div className="actions">
                  <button
                    type="button"
                    className="small"
                    ref={register(`${point.key}:up`)}
                    disabled={index === 0}
                    aria-label={`Move point ${index + 1} up`}
                    onClick={() => move(index, -1)}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="small"
                    ref={register(`${point.key}:down`)}
                    disabled={last}
                    aria-label={`Move point ${index + 1} down`}
                    onClick={() => move(index, 1)}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    ref={register(`${point.key}:remove`)}
                    aria-label={`Remove point ${index + 1}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" ref={register('add')} onClick={add} disabled={draft.points.length >= MAX_POINTS}>
          Add point
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <Field
        id={fieldId('recommendation')}
        label="Overall recommendation"
        error={errors['recommendation']}
        style={{ marginTop: 'var(--space-4)' }}
      >
        <select
          {...control('recommendation')}
          value={draft.recommendation}
          onChange={(e) =>
            change({ ...draft, recommendation: e.target.value as Recommendation | '' }, 'recommendation')
          }
        >
          <option value="">Choose a recommendation</option>
          {recommendations.map((recommendation) => (
            <option key={recommendation} value={recommendation}>
              {recommendationLabels[recommendation]}
            </option>
          ))}
        </select>
      </Field>

      <div className="actions">
        <button type="submit" className="primary" disabled={sending}>
          {sending ? 'Sending…' : 'Send feedback'}
        </button>
      </div>
    </form>
  );
};
