import { useId, useState } from 'react';
import { useAssignment, type StaffChoice } from './use-assignment';

/** Props of the controls that say and change who works on one request. */
export interface AssignmentControlProps {
  applicationId: string;
  /** What the request is, for the group's accessible name ("Ada Lovelace, Backend engineer at Acme"). */
  subject: string;
  holder: StaffChoice | null;
  viewerId: string;
  /** The agency's staff; null while they load or when they could not be loaded. */
  staff: readonly StaffChoice[] | null;
  /** After each answer: a confirmation to announce, or null after a refusal. */
  onSettled?: (done: string | null) => void;
}

/** Who holds a request, and: assign to me, assign to a colleague, reassign, unassign. */
export const AssignmentControl = ({ applicationId, subject, holder, viewerId, staff, onSettled }: AssignmentControlProps) => {
  const id = useId();
  const [choice, setChoice] = useState('');
  const { assignTo, release, pending, error } = useAssignment(applicationId, holder, onSettled);
  const mine = holder?.id === viewerId;
  const me = staff?.find((s) => s.id === viewerId) ?? { id: viewerId, name: 'you' };
  const colleagues = (staff ?? []).filter((s) => s.id !== viewerId && s.id !== holder?.id);
  const chosen = colleagues.find((c) => c.id === choice);

  return (
    <fieldset className="assignment" aria-busy={pending} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="visually-hidden">Who works on {subject}</legend>
      <span className={holder ? 'badge ok' : 'badge'}>{holder ? (mine ? 'Held by you' : `Held by ${holder.name}`) : 'Unassigned'}</span>
      {!mine ? (
        <button type="button" className="small" disabled={pending} onClick={() => void assignTo(me, 'you')}>
          {holder ? 'Take it over' : 'Assign to me'}
        </button>
      ) : null}
      <label className="visually-hidden" htmlFor={`${id}-to`}>
        {holder ? 'Reassign to' : 'Assign to'}
      </label>
      <select
        id={`${id}-to`}
        className="small"
        value={choice}
        disabled={pending || staff === null || colleagues.length === 0}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">{staff === null ? 'Colleagues loading…' : colleagues.length === 0 ? 'No colleague to choose' : 'A colleague…'}</option>
        {colleagues.map((colleague) => (
          <option key={colleague.id} value={colleague.id}>
            {colleague.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="small"
        disabled={pending || !chosen}
        onClick={() => chosen && void assignTo(chosen).then((ok) => ok && setChoice(''))}
      >
        {holder ? 'Reassign' : 'Assign'}
      </button>
      {holder ? (
        <button type="button" className="small" disabled={pending} onClick={() => void release()}>
          Unassign
        </button>
      ) : null}
      {pending ? (
        <span className="muted" role="status">
          Saving…
        </span>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
