import type { Command } from '../shared/event';
import type { FeedbackTheme, Polarity, Recommendation, Role } from '../shared/vocabulary';
import type { TrackerCommand } from './tracker.commands';

/*
 * Every command carries `now` (ISO 8601, the api's time of receipt) and ids chosen by the api, so
 * that the decider needs no clock and no randomness. `actorId` is the signed-in account.
 */

/** A candidate logs an application. `appliedAt` defaults to `now`. */
export type ApplyForJob = Command<
  'ApplyForJob',
  {
    applicationId: string;
    candidateId: string;
    /** The candidate's agency at the time. */
    agencyId: string | null;
    company: string;
    role: string;
    appliedAt?: string | null;
    /** The job ad (an http or https URL), if the candidate has it. */
    jobUrl?: string | null;
    /** Where the job is (a city, "remote", …), if known. */
    location?: string | null;
    /** The candidate's own notes on the application, e.g. brought over from another tracker. */
    notes?: string | null;
    actorId: string;
    now: string;
  }
>;

/** The candidate notes an interview to come (up to a year ahead). */
export type ScheduleInterview = Command<
  'ScheduleInterview',
  { applicationId: string; interviewId: string; stage: string; scheduledFor: string; actorId: string; now: string }
>;

/**
 * The candidate records an interview that took place. With the id of a scheduled interview, `stage`
 * may be left out (the scheduled one is kept); a new id needs a stage. `occurredAt` defaults to `now`.
 */
export type RecordInterview = Command<
  'RecordInterview',
  {
    applicationId: string;
    interviewId: string;
    stage?: string | null;
    occurredAt?: string | null;
    selfRating?: number | null;
    notes?: string | null;
    actorId: string;
    now: string;
  }
>;

/** The candidate records the employer's no. `rejectedAt` defaults to `now`. */
export type RecordRejection = Command<
  'RecordRejection',
  { applicationId: string; rejectedAt?: string | null; reason?: string | null; actorId: string; now: string }
>;

/** The candidate records an offer, received `now`. */
export type RecordOffer = Command<'RecordOffer', { applicationId: string; actorId: string; now: string }>;

/** The candidate withdraws, `now`; nothing happens to the application afterwards. */
export type WithdrawApplication = Command<'WithdrawApplication', { applicationId: string; actorId: string; now: string }>;

/** The candidate asks for feedback, after an interview or a rejection. */
export type RequestFeedback = Command<
  'RequestFeedback',
  {
    applicationId: string;
    /** The candidate's agency now (it may have joined one since applying): whose queue the request joins. */
    agencyId: string | null;
    actorId: string;
    now: string;
  }
>;

/** One point of a critique, as staff enter it. */
export interface FeedbackPointInput {
  readonly theme: FeedbackTheme;
  readonly polarity: Polarity;
  readonly note: string;
}

/** Agency staff record the critique for a requested feedback, received `now`. */
export type RecordFeedback = Command<
  'RecordFeedback',
  {
    applicationId: string;
    feedbackId: string;
    summary: string;
    recommendation?: Recommendation | null;
    points: readonly FeedbackPointInput[];
    /** The staff member's account id. */
    recordedBy: string;
    /** The staff member's agency: it must be the one the request went to. */
    staffAgencyId: string | null;
    now: string;
  }
>;

/** Agency staff say no feedback will come, and why. */
export type DeclineFeedback = Command<
  'DeclineFeedback',
  {
    applicationId: string;
    reason: string;
    /** The staff member's account id. */
    declinedBy: string;
    /** The staff member's agency: it must be the one the request went to. */
    staffAgencyId: string | null;
    now: string;
  }
>;

/** What the api knows of the account a feedback is to be assigned to (both null: no such account). */
export interface AssigneeAccount {
  readonly role: Role | null;
  readonly agencyId: string | null;
}

/**
 * Staff assign a requested feedback to a staff member of the agency (themselves or a colleague),
 * or reassign it. `expectedAssigneeId` is who the sender saw holding it (null: nobody): when
 * someone else has it by now, the command is refused with who, so that of two staff assigning at
 * once one wins and the other is told.
 */
export type AssignFeedback = Command<
  'AssignFeedback',
  {
    applicationId: string;
    assigneeId: string;
    assignee: AssigneeAccount;
    expectedAssigneeId: string | null;
    /** The sender's account id and agency: it must be the one the request went to. */
    actorId: string;
    staffAgencyId: string | null;
    now: string;
  }
>;

/** Staff take a requested feedback back from `expectedAssigneeId`, who must still hold it. */
export type UnassignFeedback = Command<
  'UnassignFeedback',
  { applicationId: string; expectedAssigneeId: string; actorId: string; staffAgencyId: string | null; now: string }
>;

export type ApplicationCommand =
  | ApplyForJob
  | ScheduleInterview
  | RecordInterview
  | RecordRejection
  | RecordOffer
  | WithdrawApplication
  | RequestFeedback
  | RecordFeedback
  | DeclineFeedback
  | AssignFeedback
  | UnassignFeedback
  | TrackerCommand;
