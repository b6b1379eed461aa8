import { formatDate } from '../ui/time';
import { trackerTimelineWords } from './tracker-timeline-words';

/** One event of an application's `history`, as the api sends it (data is JSON text). */
export interface HistoryEvent {
  readonly type: string;
  readonly occurredAt: string;
  readonly position: string;
  readonly data: string;
}

const parse = (data: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

const sentence = (words: string) => (/[.!?]$/.test(words) ? words : `${words}.`);

/** One event of the timeline in plain words (never the event's name). */
export const timelineWords = (event: HistoryEvent): string => {
  const data = parse(event.data);
  switch (event.type) {
    case 'JobApplied':
      return `You applied for ${text(data['role']) ?? 'the role'} at ${text(data['company']) ?? 'the company'}.`;
    case 'InterviewScheduled': {
      const when = formatDate(text(data['scheduledFor']));
      return `${text(data['stage']) ?? 'An'} interview was planned${when ? ` for ${when}` : ''}.`;
    }
    case 'Interviewed': {
      const rating =
        typeof data['selfRating'] === 'number' ? `, and you rated it ${data['selfRating']} out of 5` : '';
      return `You had the ${text(data['stage']) ?? ''} interview${rating}.`.replace(
        'the  interview',
        'an interview',
      );
    }
    case 'ApplicationRejected': {
      const reason = text(data['reason']);
      return reason ? sentence(`The answer was no: ${reason}`) : 'The answer was no.';
    }
    case 'OfferReceived':
      return 'You received an offer.';
    case 'ApplicationWithdrawn':
      return 'You withdrew your application.';
    case 'FeedbackRequested':
      return 'You asked for feedback.';
    case 'FeedbackReceived': {
      const points = Array.isArray(data['points']) ? data['points'].length : 0;
      return `Feedback arrived${points ? ` with ${points} ${points === 1 ? 'point' : 'points'}` : ''}.`;
    }
    case 'FeedbackDeclined': {
      const reason = text(data['reason']);
      return reason
        ? sentence(`Your agency could not get feedback: ${reason}`)
        : 'Your agency could not get feedback.';
    }
    default:
      return trackerTimelineWords(event.type, data) ?? 'The application was updated.';
  }
};
