import type { FeedbackWorkloadQuery, ResultOf } from '@pivotal/client';
import { routeHref } from '../routing/route';
import type { QueueView } from '../routing/queue-view';
import { formatDate } from '../ui/format';

type Workload = ResultOf<typeof FeedbackWorkloadQuery>['feedbackWorkload'];

/** Props of the workload panel. */
export interface WorkloadPanelProps {
  workload: Workload;
  viewerId: string;
  /** The view on screen: a link keeps its waiting band, text and order. */
  view: QueueView;
}

/** Open requests per staff member with the oldest of each, and what nobody holds; each links to that view of the queue. */
export const WorkloadPanel = ({ workload, viewerId, view }: WorkloadPanelProps) => {
  const mine = { ...view, assignee: 'MINE' as const, heldBy: null };
  const hrefFor = (staffId: string) =>
    routeHref({ name: 'queue', view: staffId === viewerId ? mine : { ...view, assignee: 'EVERYONE', heldBy: staffId } });
  const isShown = (staffId: string) => (staffId === viewerId ? view.assignee === 'MINE' && !view.heldBy : view.heldBy === staffId);
  const unassignedShown = view.assignee === 'UNASSIGNED' && !view.heldBy;
  return (
    <table className="table workload">
      <caption className="visually-hidden">Open requests per staff member, with the oldest of each</caption>
      <thead>
        <tr>
          <th scope="col">Staff member</th>
          <th scope="col">Open</th>
          <th scope="col">Oldest since</th>
        </tr>
      </thead>
      <tbody>
        {workload.staff.map(({ staffMember, openRequests, oldestRequestedAt }) => (
          <tr key={staffMember.id}>
            <th scope="row">
              <a href={hrefFor(staffMember.id)} aria-current={isShown(staffMember.id) ? 'page' : undefined}>
                {staffMember.id === viewerId ? `${staffMember.name} (you)` : staffMember.name}
              </a>
            </th>
            <td>{openRequests}</td>
            <td>{formatDate(oldestRequestedAt)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            <a href={routeHref({ name: 'queue', view: { ...view, assignee: 'UNASSIGNED', heldBy: null } })} aria-current={unassignedShown ? 'page' : undefined}>
              Unassigned
            </a>
          </th>
          <td>{workload.unassignedRequests}</td>
          <td>{formatDate(workload.oldestUnassignedAt)}</td>
        </tr>
      </tbody>
    </table>
  );
};
