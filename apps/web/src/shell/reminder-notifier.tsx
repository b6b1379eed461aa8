import { RemindersQuery, type ResultOf } from '@pivotal/client';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { formatDateTime } from '../ui/time';

type Reminder = ResultOf<typeof RemindersQuery>['reminders'][number];

/** Browsers run a timeout of more than 2^31 - 1 ms at once: wait at most that, then look again. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const keyOf = (reminder: Reminder) => `${reminder.kind}:${reminder.applicationId}:${reminder.dueAt}`;

/**
 * Says so, in a polite live region, when a follow-up or an interview falls due while the app is
 * open: a timer runs to the next reminder's `dueAt`. Reminders already due when the app loaded are
 * on the dashboard, not announced.
 */
export const ReminderNotifier = () => {
  const [{ data }] = useQuery({ query: RemindersQuery, variables: { first: 50 } });
  const reminders = data?.reminders;
  const dueAtLoad = useRef<Set<string> | null>(null);
  const [fallen, setFallen] = useState<readonly Reminder[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!reminders) return undefined;
    const now = Date.now();
    const seen = (dueAtLoad.current ??= new Set(
      reminders.filter((r) => Date.parse(r.dueAt) <= now).map(keyOf),
    ));
    const newlyDue = reminders.filter((r) => Date.parse(r.dueAt) <= now && !seen.has(keyOf(r)));
    if (newlyDue.length > 0) {
      for (const reminder of newlyDue) seen.add(keyOf(reminder));
      setFallen((before) => [...newlyDue, ...before]);
    }
    const next = Math.min(...reminders.map((r) => Date.parse(r.dueAt)).filter((at) => at > now));
    if (!Number.isFinite(next)) return undefined;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.min(next - now + 50, MAX_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [reminders, tick]);

  const shown = fallen.filter((reminder) => !dismissed.has(keyOf(reminder)));
  const dismiss = (reminder: Reminder) => setDismissed((before) => new Set(before).add(keyOf(reminder)));

  return (
    <div className="notifications" aria-live="polite" aria-label="Reminders">
      {shown.map((reminder) => (
        <div className="notification" key={keyOf(reminder)}>
          <p>
            <strong>Due now:</strong> {reminder.note} (
            <time dateTime={reminder.dueAt}>{formatDateTime(reminder.dueAt)}</time>)
          </p>
          <div className="notification-actions">
            <Link
              to={`/applications/${encodeURIComponent(reminder.applicationId)}`}
              onClick={() => dismiss(reminder)}
            >
              Open the application
            </Link>
            <button type="button" className="button-link" onClick={() => dismiss(reminder)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
};
