import type { ApplicationStatus, FeedbackStatus } from '../shared/vocabulary';

/** One interview of an application: scheduled, held, or both. */
export interface InterviewRecord {
  readonly interviewId: string;
  readonly stage: string;
  readonly scheduledFor: string | null;
  /** Set once the interview took place. */
  readonly occurredAt: string | null;
}

/** An application that has been applied for: everything its rules need. */
export interface ExistingApplication {
  readonly exists: true;
  readonly applicationId: string;
  readonly candidateId: string;
  /** The candidate's agency when applying. */
  readonly agencyId: string | null;
  readonly appliedAt: string;
  readonly interviews: readonly InterviewRecord[];
  readonly rejectedAt: string | null;
  readonly offerReceivedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly feedbackStatus: FeedbackStatus;
  /** The agency whose queue the feedback request joined. */
  readonly feedbackAgencyId: string | null;
  /** The staff member the requested feedback is assigned to, or null. */
  readonly assigneeId: string | null;
  /** The feedback received, once it arrived. */
  readonly feedbackId: string | null;
  /** What the candidate expected of the feedback, once written. */
  readonly reflection: string | null;
  /** The follow-up the candidate set and has not cleared or completed. */
  readonly followUp: { readonly at: string; readonly note: string | null } | null;
}

export type ApplicationState = { readonly exists: false } | ExistingApplication;

export const initialApplicationState = (): ApplicationState => ({ exists: false });

/**
 * Where an application stands, as the read models show it: withdrawn, rejected and offer end it
 * (in that order of precedence); any interview, scheduled or held, makes it INTERVIEWING.
 * Null when there is no application.
 */
export const applicationStatusAfter = (state: ApplicationState): ApplicationStatus | null => {
  if (!state.exists) return null;
  if (state.withdrawnAt !== null) return 'WITHDRAWN';
  if (state.rejectedAt !== null) return 'REJECTED';
  if (state.offerReceivedAt !== null) return 'OFFER';
  if (state.interviews.length > 0) return 'INTERVIEWING';
  return 'APPLIED';
};
