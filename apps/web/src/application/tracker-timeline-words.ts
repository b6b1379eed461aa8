import { formatDate } from '../ui/time';

/** The candidate's own tracking events in plain words; null for any other event. */
export const trackerTimelineWords = (type: string, data: Record<string, unknown>): string | null => {
  switch (type) {
    case 'ReflectionWritten':
      return 'You wrote what you expected, before reading the feedback.';
    case 'FollowUpSet': {
      const when = formatDate(typeof data['followUpAt'] === 'string' ? data['followUpAt'] : null);
      return `You planned to follow up${when ? ` on ${when}` : ''}.`;
    }
    case 'FollowUpCleared':
      return 'You dropped the follow-up.';
    case 'FollowUpCompleted':
      return 'You followed up.';
    default:
      return null;
  }
};
