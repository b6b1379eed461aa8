import {
  applicationStatusLabels,
  applicationStatuses,
  type ApplicationCardFields,
  type ResultOf,
} from '@pivotal/client';
import { Link } from '../routing/router';
import { EmptyState } from '../ui/states';
import { formatDate } from '../ui/time';

type Card = ResultOf<typeof ApplicationCardFields>;

const feedbackBadge: Record<string, string | null> = {
  NONE: null,
  REQUESTED: 'Feedback requested',
  RECEIVED: 'Feedback arrived',
  DECLINED: 'No feedback coming',
};

const newestFirst = (a: Card, b: Card) => b.appliedAt.localeCompare(a.appliedAt);

/** The applications as a board: one column per status, newest first in each. */
export const ApplicationBoard = ({ applications }: { applications: readonly Card[] }) => {
  if (applications.length === 0) {
    return (
      <section aria-labelledby="board-title" className="panel">
        <h2 id="board-title">Applications</h2>
        <EmptyState>
          <p>
            No applications yet. Add the first one above: every application is a step, whatever the answer.
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">Applications</h2>
      <div className="board">
        {applicationStatuses.map((status) => {
          const column = applications
            .filter((application) => application.status === status)
            .sort(newestFirst);
          const titleId = `column-${status.toLowerCase()}`;
          return (
            <section className="board-column" key={status} aria-labelledby={titleId}>
              <h3 id={titleId}>
                {applicationStatusLabels[status]} <span className="count">{column.length}</span>
              </h3>
              {column.length === 0 ? (
                <p className="column-empty">None</p>
              ) : (
                <ul>
                  {column.map((application) => {
                    const badge = feedbackBadge[application.feedbackStatus];
                    return (
                      <li key={application.id} className="card">
                        <Link
                          to={`/applications/${encodeURIComponent(application.id)}`}
                          className="card-link"
                        >
                          <span className="card-title">{application.role}</span>
                          <span className="card-company">{application.company}</span>
                        </Link>
                        <span className="card-meta">Applied {formatDate(application.appliedAt)}</span>
                        {badge ? (
                          <span className={`badge badge-${application.feedbackStatus.toLowerCase()}`}>
                            {badge}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
};
