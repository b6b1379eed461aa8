import { RemindersQuery } from '@pivotal/client';
import { useQuery } from 'urql';
import { Link } from '../routing/router';
import { formatDateTime, useNow } from '../ui/time';
import { groupReminders, type Reminder } from './reminder-groups';

const ReminderList = ({
  id,
  title,
  reminders,
  className,
}: {
  id: string;
  title: string;
  reminders: Reminder[];
  className: string;
}) =>
  reminders.length === 0 ? null : (
    <section aria-labelledby={id} className={`panel ${className}`}>
      <h2 id={id}>
        {title} <span className="badge">{reminders.length}</span>
      </h2>
      <ul>
        {reminders.map((reminder) => (
          <li key={`${reminder.kind}:${reminder.applicationId}:${reminder.dueAt}`}>
            <Link to={`/applications/${encodeURIComponent(reminder.applicationId)}`}>{reminder.note}</Link>{' '}
            <span className="subtitle">
              <time dateTime={reminder.dueAt}>{formatDateTime(reminder.dueAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );

/**
 * The top of the dashboard: follow-ups and interviews that are overdue or due in the next seven
 * days, each linking to its application. Nothing at all when nothing is due: the board below says
 * the rest; a failure is said quietly, since the dashboard's own data is what matters on it.
 */
export const RemindersPanel = () => {
  const [{ data, error }] = useQuery({ query: RemindersQuery, variables: { first: 50 } });
  const now = useNow(60_000);
  if (error && !data) return <p className="subtitle">Your reminders could not be loaded just now.</p>;
  const { overdue, thisWeek } = groupReminders(data?.reminders ?? [], now);
  if (overdue.length === 0 && thisWeek.length === 0) return null;
  return (
    <div className="reminders">
      <ReminderList id="overdue-title" title="Overdue" reminders={overdue} className="overdue" />
      <ReminderList id="this-week-title" title="Due this week" reminders={thisWeek} className="this-week" />
    </div>
  );
};
