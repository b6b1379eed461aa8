import type { Instant } from './read-model.types';

/** What the candidate expected of a feedback, written before reading its points. */
export interface ReflectionView {
  readonly applicationId: string;
  readonly feedbackId: string;
  readonly text: string;
  readonly writtenAt: Instant;
}

/** The follow-up an application has now. */
export interface FollowUpView {
  readonly applicationId: string;
  readonly followUpAt: Instant;
  readonly note: string | null;
}

export type ReminderKind = 'FOLLOW_UP' | 'INTERVIEW';

/** Something the candidate has to do on an application, and when. */
export interface ReminderView {
  readonly applicationId: string;
  readonly kind: ReminderKind;
  readonly dueAt: Instant;
  /** The follow-up's note (or what to follow up), or `Interview: <stage> at <company>`. */
  readonly note: string;
  readonly overdue: boolean;
}

/** One event of a candidate's calendar feed: an interview (held or to come) or a follow-up. */
export interface CalendarEntry {
  /** Stable across reads and edits: the interview's or the application's id, with its kind. */
  readonly uid: string;
  readonly kind: ReminderKind;
  readonly applicationId: string;
  readonly startsAt: Instant;
  readonly summary: string;
  readonly description: string | null;
}

/** How many of the feedback received in a range was read after a reflection. */
export interface ReflectionShare {
  readonly feedbackReceived: number;
  readonly reflected: number;
  /** `reflected / feedbackReceived`, null when no feedback was received. */
  readonly share: number | null;
}
