import { AssignedElsewhere, Forbidden, RuleBroken } from '../shared/errors';
import { TEXT_LIMITS } from '../shared/limits';
import { instant, requiredText } from '../shared/validate';
import type { AssignFeedback, UnassignFeedback } from './application.commands';
import type { ApplicationEvent } from './application.events';
import type { ExistingApplication } from './application.state';

/** Staff of the agency the request went to (or, before any request, the application's agency). */
const staffOfRequestedAgency = (state: ExistingApplication, staffAgencyId: string | null, doing: string): void => {
  const agencyId = state.feedbackAgencyId ?? state.agencyId;
  if (staffAgencyId === null || staffAgencyId !== agencyId) {
    throw new Forbidden(`only staff of the agency the request went to can ${doing} its feedback`);
  }
};

/** Only a request still waiting for its answer is worked on. */
const stillWaiting = (state: ExistingApplication, doing: string): void => {
  switch (state.feedbackStatus) {
    case 'NONE':
      throw new RuleBroken(`feedback is ${doing} only after the candidate requests it`);
    case 'RECEIVED':
      throw new RuleBroken(`feedback was already received: only a request still waiting is ${doing}`);
    case 'DECLINED':
      throw new RuleBroken(`feedback was already declined: only a request still waiting is ${doing}`);
    case 'REQUESTED':
      return;
  }
};

/** The sender saw who holds the request; someone else changing that first wins. */
const asExpected = (state: ExistingApplication, expectedAssigneeId: string | null): void => {
  if (state.assigneeId !== expectedAssigneeId) throw new AssignedElsewhere(state.assigneeId);
};

/** Decide an assignment command on an application that exists and is not withdrawn. */
export const decideAssignment = (
  command: AssignFeedback | UnassignFeedback,
  state: ExistingApplication,
): ApplicationEvent[] => {
  switch (command.type) {
    case 'AssignFeedback': {
      const { data } = command;
      staffOfRequestedAgency(state, data.staffAgencyId, 'assign');
      stillWaiting(state, 'assigned');
      const assigneeId = requiredText(data.assigneeId, 'assigneeId', TEXT_LIMITS.name);
      if (data.assignee.role !== 'STAFF' || data.assignee.agencyId !== state.feedbackAgencyId) {
        throw new Forbidden('feedback is assigned only to staff of the agency the request went to');
      }
      // Already theirs: nothing changes, whoever the sender thought had it.
      if (state.assigneeId === assigneeId) return [];
      asExpected(state, data.expectedAssigneeId ?? null);
      return [
        {
          type: 'FeedbackAssigned',
          data: {
            applicationId: data.applicationId,
            assigneeId,
            previousAssigneeId: state.assigneeId,
            assignedBy: data.actorId,
            assignedAt: instant(data.now, 'now'),
          },
        },
      ];
    }
    case 'UnassignFeedback': {
      const { data } = command;
      staffOfRequestedAgency(state, data.staffAgencyId, 'unassign');
      stillWaiting(state, 'unassigned');
      asExpected(state, data.expectedAssigneeId);
      const previousAssigneeId = state.assigneeId;
      if (previousAssigneeId === null) return [];
      return [
        {
          type: 'FeedbackUnassigned',
          data: {
            applicationId: data.applicationId,
            previousAssigneeId,
            unassignedBy: data.actorId,
            unassignedAt: instant(data.now, 'now'),
          },
        },
      ];
    }
  }
};
