/** One event of an application's history as the api gives it (data as JSON text). */
export interface HistoryEvent {
  readonly type: string;
  readonly occurredAt: string;
  readonly data: string;
}

const readData = (data: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(data);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const fixed: Record<string, string> = {
  JobApplied: 'Applied',
  InterviewScheduled: 'Interview scheduled',
  Interviewed: 'Interview held',
  ApplicationRejected: 'Rejected by the employer',
  OfferReceived: 'Offer received',
  ApplicationWithdrawn: 'Withdrawn by the candidate',
  FeedbackRequested: 'Feedback requested',
  FeedbackReceived: 'Feedback given',
  FeedbackDeclined: 'No feedback will come',
};

/** "FeedbackSomethingNew" reads "Feedback something new". */
const sentenceOf = (type: string): string => {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * What one event says in the request screen's history: assignments name who holds the request,
 * from whom and by whom (`nameOf` turns a staff id into a name).
 */
export const describeHistoryEvent = (event: HistoryEvent, nameOf: (staffId: unknown) => string): string => {
  const data = readData(event.data);
  switch (event.type) {
    case 'FeedbackAssigned': {
      const to = nameOf(data['assigneeId']);
      const by = nameOf(data['assignedBy']);
      const from = data['previousAssigneeId'] ? nameOf(data['previousAssigneeId']) : null;
      return from ? `Reassigned from ${from} to ${to} by ${by}` : `Assigned to ${to} by ${by}`;
    }
    case 'FeedbackUnassigned':
      return `Unassigned from ${nameOf(data['previousAssigneeId'])} by ${nameOf(data['unassignedBy'])}`;
    case 'InterviewScheduled':
    case 'Interviewed':
      return typeof data['stage'] === 'string' ? `${fixed[event.type]}: ${data['stage']}` : (fixed[event.type] ?? event.type);
    default:
      return fixed[event.type] ?? sentenceOf(event.type);
  }
};
