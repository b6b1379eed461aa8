import DataLoader from 'dataloader';
import {
  MAX_PAGE_SIZE,
  type AccountView,
  type AgencyAnalytics,
  type ApplicationDetailsView,
  type ApplicationView,
  type CandidateProfile,
  type FeedbackView,
  type FollowUpView,
  type ReflectionView,
  type GoalView,
  type InterviewView,
  type ReadModelQueries,
} from '@pivotal/projections';

/**
 * One DataLoader per batch query, made afresh for every request: a page of 50 applications asks
 * for their interviews, feedback and candidates in one query each, and nothing is cached across
 * requests (nor across users).
 */
export const createLoaders = (queries: ReadModelQueries, now: Date) => ({
  account: new DataLoader<string, AccountView | null>(async (ids) => queries.accountsByIds(ids)),
  candidate: new DataLoader<string, CandidateProfile | null>(async (ids) => queries.candidatesByIds(ids, now)),
  application: new DataLoader<string, ApplicationView | null>(async (ids) => queries.applicationsByIds(ids)),
  applicationDetails: new DataLoader<string, ApplicationDetailsView>(async (ids) => queries.applicationDetailsByIds(ids)),
  interviews: new DataLoader<string, InterviewView[]>(async (ids) => queries.interviewsByApplicationIds(ids)),
  feedbackOfApplication: new DataLoader<string, FeedbackView | null>(async (ids) =>
    queries.feedbackByApplicationIds(ids),
  ),
  feedback: new DataLoader<string, FeedbackView | null>(async (ids) => queries.feedbackByIds(ids)),
  goals: new DataLoader<string, GoalView | null>(async (ids) => queries.goalsByIds(ids)),
  goalsOfCandidate: new DataLoader<string, GoalView[]>(async (ids) => queries.goalsByCandidateIds(ids)),
  // The read models page a candidate's applications (no batch across candidates yet): one
  // candidate's whole list is one query per 100 applications.
  applicationsOfCandidate: new DataLoader<string, ApplicationView[]>(async (ids) =>
    ids.map((candidateId) => {
      const all: ApplicationView[] = [];
      let after: string | null = null;
      do {
        const page = queries.applicationsOfCandidate({ candidateId, first: MAX_PAGE_SIZE, after });
        all.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return all;
    }),
  ),
  reflection: new DataLoader<string, ReflectionView | null>(async (ids) => queries.reflectionsByApplicationIds(ids)),
  followUp: new DataLoader<string, FollowUpView | null>(async (ids) => queries.followUpsByApplicationIds(ids)),
  analytics: new DataLoader<string, AgencyAnalytics>(async (keys) =>
    keys.map((key) => queries.agencyAnalytics(JSON.parse(key) as { agencyId: string; from?: string; to?: string })),
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
