import { describe, expect, it } from 'vitest';
import { describeHistoryEvent } from './history-entry';

const names: Record<string, string> = { s1: 'Sam Staff', s2: 'Kim Colleague' };
const nameOf = (id: unknown) => (typeof id === 'string' ? (names[id] ?? 'a former staff member') : 'nobody');
const event = (type: string, data: object) => ({ type, occurredAt: '2026-12-01T10:00:00Z', data: JSON.stringify(data) });

describe('the history of an application', () => {
  it('names who was assigned the request and by whom', () => {
    expect(describeHistoryEvent(event('FeedbackAssigned', { assigneeId: 's2', previousAssigneeId: null, assignedBy: 's1' }), nameOf)).toBe(
      'Assigned to Kim Colleague by Sam Staff',
    );
  });

  it('names whom a reassignment took it from', () => {
    expect(describeHistoryEvent(event('FeedbackAssigned', { assigneeId: 's1', previousAssigneeId: 's2', assignedBy: 's1' }), nameOf)).toBe(
      'Reassigned from Kim Colleague to Sam Staff by Sam Staff',
    );
  });

  it('names whom an unassignment took it from', () => {
    expect(describeHistoryEvent(event('FeedbackUnassigned', { previousAssigneeId: 's2', unassignedBy: 's9' }), nameOf)).toBe(
      'Unassigned from Kim Colleague by a former staff member',
    );
  });

  it('says the other events in words, and an unknown one from its type', () => {
    expect(describeHistoryEvent(event('Interviewed', { stage: 'Onsite' }), nameOf)).toBe('Interview held: Onsite');
    expect(describeHistoryEvent(event('FeedbackRequested', {}), nameOf)).toBe('Feedback requested');
    expect(describeHistoryEvent({ type: 'ReflectionKept', occurredAt: '', data: 'not json' }, nameOf)).toBe('Reflection kept');
  });
});
