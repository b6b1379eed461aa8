import { describe, expect, it } from 'vitest';
import { AssignedElsewhere, Forbidden, NotFound, RuleBroken } from '../shared/errors';
import { specification } from '../shared/specification';
import type { AssignFeedback, UnassignFeedback } from './application.commands';
import { applicationDecider } from './application.decider';
import type { FeedbackAssigned, FeedbackUnassigned } from './application.events';
import {
  NOW,
  agencyId,
  applicationId,
  applied,
  feedbackDeclined,
  feedbackReceived,
  feedbackRequested,
  interviewed,
  rejected,
  staffId,
  withdrawn,
} from './application.fixtures';

const given = specification(applicationDecider);
const colleagueId = 'staff-2';
const waiting = [applied, interviewed, rejected, feedbackRequested];

const assign = (data: Partial<AssignFeedback['data']> = {}): AssignFeedback => ({
  type: 'AssignFeedback',
  data: {
    applicationId,
    assigneeId: colleagueId,
    assignee: { role: 'STAFF', agencyId },
    expectedAssigneeId: null,
    actorId: staffId,
    staffAgencyId: agencyId,
    now: NOW,
    ...data,
  },
});
const unassign = (data: Partial<UnassignFeedback['data']> = {}): UnassignFeedback => ({
  type: 'UnassignFeedback',
  data: { applicationId, expectedAssigneeId: colleagueId, actorId: staffId, staffAgencyId: agencyId, now: NOW, ...data },
});
const assigned = (assigneeId: string, previousAssigneeId: string | null = null): FeedbackAssigned => ({
  type: 'FeedbackAssigned',
  data: { applicationId, assigneeId, previousAssigneeId, assignedBy: staffId, assignedAt: NOW },
});
const unassigned: FeedbackUnassigned = {
  type: 'FeedbackUnassigned',
  data: { applicationId, previousAssigneeId: colleagueId, unassignedBy: staffId, unassignedAt: NOW },
};

describe('assigning a feedback request', () => {
  it('hands a waiting request to a colleague', () => given(waiting).when(assign()).then([assigned(colleagueId)]));

  it('lets a staff member take it themselves', () =>
    given(waiting).when(assign({ assigneeId: staffId })).then([assigned(staffId)]));

  it('reassigns it from the colleague who has it, naming them', () =>
    given([...waiting, assigned(colleagueId)])
      .when(assign({ assigneeId: staffId, expectedAssigneeId: colleagueId }))
      .then([assigned(staffId, colleagueId)]));

  it('changes nothing when it is theirs already', () =>
    given([...waiting, assigned(colleagueId)]).when(assign()).then([]));

  it('tells the later of two staff assigning at once who has it', () => {
    const refusal = given([...waiting, assigned(colleagueId)])
      .when(assign({ assigneeId: staffId, expectedAssigneeId: null }))
      .thenThrows(AssignedElsewhere, 'already assigned to staff-2', { assigneeId: colleagueId });
    expect(refusal.code).toBe('CONFLICT');
  });

  it('refuses a reassignment when it was unassigned meanwhile', () =>
    given([...waiting, assigned(colleagueId), unassigned])
      .when(assign({ assigneeId: staffId, expectedAssigneeId: colleagueId }))
      .thenThrows(AssignedElsewhere, 'unassigned meanwhile', { assigneeId: null }));

  it('refuses staff of another agency', () =>
    given(waiting).when(assign({ staffAgencyId: 'agency-2' })).thenThrows(Forbidden, 'only staff of the agency the request went to'));

  it('refuses staff of no agency', () =>
    given(waiting).when(assign({ staffAgencyId: null })).thenThrows(Forbidden, 'only staff of the agency'));

  it('refuses an assignee of another agency', () =>
    given(waiting)
      .when(assign({ assignee: { role: 'STAFF', agencyId: 'agency-2' } }))
      .thenThrows(Forbidden, 'assigned only to staff of the agency'));

  it('refuses an analyst as assignee', () =>
    given(waiting)
      .when(assign({ assignee: { role: 'ANALYST', agencyId } }))
      .thenThrows(Forbidden, 'assigned only to staff of the agency'));

  it('refuses a candidate or an unknown account as assignee', () => {
    given(waiting).when(assign({ assignee: { role: 'CANDIDATE', agencyId } })).thenThrows(Forbidden, 'only to staff');
    given(waiting).when(assign({ assignee: { role: null, agencyId: null } })).thenThrows(Forbidden, 'only to staff');
  });

  it('refuses a request already answered', () =>
    given([...waiting, feedbackReceived])
      .when(assign())
      .thenThrows(RuleBroken, 'feedback was already received: only a request still waiting is assigned'));

  it('refuses a request already declined', () =>
    given([...waiting, feedbackDeclined])
      .when(assign())
      .thenThrows(RuleBroken, 'feedback was already declined: only a request still waiting is assigned'));

  it('refuses an application whose feedback was never requested', () =>
    given([applied, interviewed]).when(assign()).thenThrows(RuleBroken, 'only after the candidate requests it'));

  it('refuses a withdrawn application', () =>
    given([...waiting, withdrawn]).when(assign()).thenThrows(RuleBroken, 'after it is withdrawn'));

  it('refuses an application that does not exist', () => given([]).when(assign()).thenThrows(NotFound, 'not found'));
});

describe('unassigning a feedback request', () => {
  it('takes it back from the colleague who has it', () =>
    given([...waiting, assigned(colleagueId)]).when(unassign()).then([unassigned]));

  it('changes nothing when nobody has it and nobody was expected to', () =>
    given(waiting).when(unassign({ expectedAssigneeId: null as unknown as string })).then([]));

  it('refuses when someone else took it meanwhile', () =>
    given([...waiting, assigned(colleagueId), assigned(staffId, colleagueId)])
      .when(unassign())
      .thenThrows(AssignedElsewhere, 'already assigned to staff-1'));

  it('refuses staff of another agency', () =>
    given([...waiting, assigned(colleagueId)])
      .when(unassign({ staffAgencyId: 'agency-2' }))
      .thenThrows(Forbidden, 'unassign its feedback'));

  it('refuses a request already answered', () =>
    given([...waiting, assigned(colleagueId), feedbackReceived])
      .when(unassign())
      .thenThrows(RuleBroken, 'only a request still waiting is unassigned'));
});
