import type {
  ApplicationStatus,
  FeedbackPoint,
  FeedbackStatus,
  FeedbackTheme,
  GoalStatus,
  Polarity,
  Recommendation,
  Role,
} from '@pivotal/domain';

/** Instants are ISO 8601 strings in every answer. */
export type Instant = string;

/** One page of a list that can grow, Relay-style. */
export interface Page<T> {
  readonly nodes: T[];
  /** How many items the whole list holds (all pages, same filter). */
  readonly totalCount: number;
  readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
}

/** Which page: at most `first` items (default 20, at most 100) after the opaque `after` cursor. */
export interface PageArgs {
  readonly first?: number;
  readonly after?: string | null;
}

export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** scrypt hash; only the sign-in check should read it. */
  readonly passwordHash: string;
  readonly agencyId: string | null;
  readonly registeredAt: Instant;
}

export interface AgencyView {
  readonly id: string;
  readonly name: string;
  readonly joinCode: string;
  readonly createdAt: Instant;
}

export interface StaffMemberView {
  readonly agencyId: string;
  readonly accountId: string;
  readonly role: 'STAFF' | 'ANALYST';
  readonly addedAt: Instant;
}

export interface CandidateStats {
  readonly applied: number;
  /** Applications that reached at least one interview. */
  readonly interviewed: number;
  readonly rejected: number;
  readonly offers: number;
  readonly withdrawn: number;
  readonly feedbackRequested: number;
  readonly feedbackReceived: number;
  readonly goalsSet: number;
  readonly goalsCompleted: number;
  /** Consecutive ISO weeks with activity, ending at the week of `now` or the week before. */
  readonly streakWeeks: number;
  readonly lastActiveAt: Instant | null;
}

export interface CandidateProfile {
  readonly id: string;
  readonly agencyId: string | null;
  readonly name: string;
  readonly email: string;
  readonly registeredAt: Instant;
  readonly stats: CandidateStats;
}

export interface ApplicationView {
  readonly id: string;
  readonly candidateId: string;
  readonly agencyId: string | null;
  readonly company: string;
  readonly role: string;
  readonly status: ApplicationStatus;
  readonly feedbackStatus: FeedbackStatus;
  readonly appliedAt: Instant;
  readonly firstInterviewAt: Instant | null;
  readonly interviewCount: number;
  readonly rejectedAt: Instant | null;
  readonly rejectionReason: string | null;
  readonly offerAt: Instant | null;
  readonly withdrawnAt: Instant | null;
  readonly feedbackRequestedAt: Instant | null;
  readonly feedbackReceivedAt: Instant | null;
  readonly feedbackDeclinedAt: Instant | null;
  readonly feedbackDeclineReason: string | null;
  readonly feedbackId: string | null;
}

export interface InterviewView {
  readonly id: string;
  readonly applicationId: string;
  readonly stage: string;
  readonly scheduledFor: Instant | null;
  /** Null while it is only scheduled. */
  readonly occurredAt: Instant | null;
  readonly selfRating: number | null;
  readonly notes: string | null;
}

export interface FeedbackView {
  readonly id: string;
  readonly applicationId: string;
  readonly candidateId: string;
  readonly receivedAt: Instant;
  readonly recordedBy: string;
  readonly summary: string;
  readonly recommendation: Recommendation | null;
  readonly points: FeedbackPoint[];
}

/** Where a goal came from: a point of a feedback. */
export interface GoalSource {
  readonly feedbackId: string;
  readonly applicationId: string | null;
  readonly pointIndex: number | null;
  /** The point itself, when the feedback and the index are known. */
  readonly point: FeedbackPoint | null;
}

export interface GoalView {
  readonly id: string;
  readonly candidateId: string;
  readonly theme: FeedbackTheme;
  readonly title: string;
  readonly status: GoalStatus;
  readonly setAt: Instant;
  readonly completedAt: Instant | null;
  readonly abandonedAt: Instant | null;
  readonly reflection: string | null;
  readonly source: GoalSource | null;
}

/** A feedback request the agency has not answered yet. */
export interface FeedbackQueueItem {
  readonly applicationId: string;
  readonly candidateId: string;
  readonly candidateName: string | null;
  readonly candidateEmail: string | null;
  readonly company: string;
  readonly role: string;
  readonly status: ApplicationStatus;
  readonly rejectedAt: Instant | null;
  readonly requestedAt: Instant;
  /** Hours from the request to `now`. */
  readonly waitingHours: number;
  readonly lastInterviewAt: Instant | null;
  /** The staff member who holds it, or null. */
  readonly assigneeId: string | null;
  readonly assignedAt: Instant | null;
  /** When the agency's response target falls due for it; null while the agency has none. */
  readonly dueAt: Instant | null;
  /** Hours from `now` to `dueAt`, negative once overdue; null without a target. */
  readonly hoursUntilDue: number | null;
}

/** An optional window on the applications' `appliedAt`: `from` inclusive, `to` exclusive. */
export interface DateRange {
  readonly from?: Instant | null;
  readonly to?: Instant | null;
}

export interface Funnel {
  readonly applied: number;
  readonly interviewed: number;
  readonly rejected: number;
  readonly offers: number;
  readonly withdrawn: number;
  readonly feedbackRequested: number;
  readonly feedbackReceived: number;
  readonly feedbackDeclined: number;
}

export interface HistogramBucket {
  /** Counts the durations above the previous bucket's bound and up to this one (inclusive); null: no upper bound. */
  readonly upToHours: number | null;
  readonly count: number;
}

export interface TimeToFeedback {
  readonly count: number;
  /** Nearest-rank percentiles, in hours; null when no feedback arrived. */
  readonly p50Hours: number | null;
  readonly p90Hours: number | null;
  readonly histogram: HistogramBucket[];
}

export interface ThemeCount {
  readonly theme: FeedbackTheme;
  readonly polarity: Polarity;
  readonly count: number;
}

export interface GoalImpact {
  /** Candidates of the agency whose first completed goal falls in the range. */
  readonly candidatesWithCompletedGoals: number;
  /** Offers / interviewed, over applications applied before their candidate's first completed goal. */
  readonly offerRateBeforeGoals: number | null;
  /** The same over applications applied at or after it. */
  readonly offerRateAfterGoals: number | null;
  readonly interviewedBeforeGoals: number;
  readonly offersBeforeGoals: number;
  readonly interviewedAfterGoals: number;
  readonly offersAfterGoals: number;
}

/**
 * Aggregates only, over the agency's applications applied in the range. Goal impact considers
 * only candidates who completed a goal (before and after are the same people).
 */
export interface AgencyAnalytics {
  readonly agencyId: string;
  readonly range: { readonly from: Instant | null; readonly to: Instant | null };
  readonly funnel: Funnel;
  readonly timeToFeedback: TimeToFeedback;
  readonly themes: ThemeCount[];
  readonly goalImpact: GoalImpact;
}
