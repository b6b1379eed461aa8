import type { Event } from '../shared/event';
import type { FeedbackTheme, Polarity, Recommendation } from '../shared/vocabulary';
import type { TrackerEvent } from './tracker.events';

export type JobApplied = Event<
  'JobApplied',
  {
    applicationId: string;
    candidateId: string;
    /** The candidate's agency at the time, so that agency read models need no join. */
    agencyId: string | null;
    company: string;
    role: string;
    appliedAt: string;
    /*
     * Added later, optional rather than a new schema version: an event without them (every one
     * written before) reads as it always did, and one with them only when the candidate gave them.
     */
    /** The job ad, an http(s) URL. */
    jobUrl?: string;
    /** Where the job is. */
    location?: string;
    /** The candidate's own notes on the application. */
    notes?: string;
  }
>;
export type InterviewScheduled = Event<
  'InterviewScheduled',
  { applicationId: string; interviewId: string; stage: string; scheduledFor: string }
>;
/** An interview took place; `interviewId` matches a scheduled one, or is new when it was never scheduled. */
export type Interviewed = Event<
  'Interviewed',
  {
    applicationId: string;
    interviewId: string;
    stage: string;
    occurredAt: string;
    /** 1 (went badly) … 5 (went very well), the candidate's own view. */
    selfRating: number | null;
    notes: string | null;
  }
>;
export type ApplicationRejected = Event<
  'ApplicationRejected',
  { applicationId: string; rejectedAt: string; reason: string | null }
>;
export type OfferReceived = Event<'OfferReceived', { applicationId: string; receivedAt: string }>;
export type ApplicationWithdrawn = Event<'ApplicationWithdrawn', { applicationId: string; withdrawnAt: string }>;
export type FeedbackRequested = Event<
  'FeedbackRequested',
  { applicationId: string; candidateId: string; agencyId: string | null; requestedAt: string }
>;

export interface FeedbackPoint {
  readonly theme: FeedbackTheme;
  readonly polarity: Polarity;
  readonly note: string;
}
/** A structured critique, recorded by agency staff. */
export type FeedbackReceived = Event<
  'FeedbackReceived',
  {
    applicationId: string;
    feedbackId: string;
    candidateId: string;
    receivedAt: string;
    recordedBy: string;
    summary: string;
    recommendation: Recommendation | null;
    points: FeedbackPoint[];
  }
>;
/** The employer or agency says no feedback will come. */
export type FeedbackDeclined = Event<
  'FeedbackDeclined',
  { applicationId: string; declinedAt: string; declinedBy: string; reason: string }
>;

/**
 * Staff hand a requested feedback to one of their agency's staff members: to nobody before
 * (`previousAssigneeId` null, an assignment) or from a colleague (a reassignment).
 */
export type FeedbackAssigned = Event<
  'FeedbackAssigned',
  { applicationId: string; assigneeId: string; previousAssigneeId: string | null; assignedBy: string; assignedAt: string }
>;
/** Staff take a requested feedback back from whoever had it: nobody has it now. */
export type FeedbackUnassigned = Event<
  'FeedbackUnassigned',
  { applicationId: string; previousAssigneeId: string; unassignedBy: string; unassignedAt: string }
>;

export type ApplicationEvent =
  | JobApplied
  | InterviewScheduled
  | Interviewed
  | ApplicationRejected
  | OfferReceived
  | ApplicationWithdrawn
  | FeedbackRequested
  | FeedbackReceived
  | FeedbackDeclined
  | FeedbackAssigned
  | FeedbackUnassigned
  | TrackerEvent;
