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

/** Every candidate's whole list of applications, one query per 100 of them (the read models page it; no batch across candidates yet). */
const allApplicationsOf = (queries: ReadModelQueries, candidateIds: readonly string[]): ApplicationView[][] =>
  candidateIds.map((candidateId) => {
    const all: ApplicationView[] = [];
    let after: string | null = null;
    do {
      const page = queries.applicationsOfCandidate({ candidateId, first: MAX_PAGE_SIZE, after });
      all.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return all;
  });

/**
 * One DataLoader per batch query, made afresh for every request: a page of 50 applications asks
 * for their interviews, feedback and candidates in one query each, and nothing is cached across
 * requests (nor across users). Each is made when the request first asks for it: a dashboard needs
 * two of the thirteen, and making the rest on every request was measurable.
 */
class RequestLoaders {
  #account?: DataLoader<string, AccountView | null>;
  #candidate?: DataLoader<string, CandidateProfile | null>;
  #application?: DataLoader<string, ApplicationView | null>;
  #applicationDetails?: DataLoader<string, ApplicationDetailsView>;
  #interviews?: DataLoader<string, InterviewView[]>;
  #feedbackOfApplication?: DataLoader<string, FeedbackView | null>;
  #feedback?: DataLoader<string, FeedbackView | null>;
  #goals?: DataLoader<string, GoalView | null>;
  #goalsOfCandidate?: DataLoader<string, GoalView[]>;
  #applicationsOfCandidate?: DataLoader<string, ApplicationView[]>;
  #reflection?: DataLoader<string, ReflectionView | null>;
  #followUp?: DataLoader<string, FollowUpView | null>;
  #analytics?: DataLoader<string, AgencyAnalytics>;

  constructor(
    private readonly queries: ReadModelQueries,
    private readonly now: Date,
  ) {}

  get account() {
    return (this.#account ??= new DataLoader(async (ids) => this.queries.accountsByIds(ids)));
  }
  get candidate() {
    return (this.#candidate ??= new DataLoader(async (ids) => this.queries.candidatesByIds(ids, this.now)));
  }
  get application() {
    return (this.#application ??= new DataLoader(async (ids) => this.queries.applicationsByIds(ids)));
  }
  get applicationDetails() {
    return (this.#applicationDetails ??= new DataLoader(async (ids) => this.queries.applicationDetailsByIds(ids)));
  }
  get interviews() {
    return (this.#interviews ??= new DataLoader(async (ids) => this.queries.interviewsByApplicationIds(ids)));
  }
  get feedbackOfApplication() {
    return (this.#feedbackOfApplication ??= new DataLoader(async (ids) => this.queries.feedbackByApplicationIds(ids)));
  }
  get feedback() {
    return (this.#feedback ??= new DataLoader(async (ids) => this.queries.feedbackByIds(ids)));
  }
  get goals() {
    return (this.#goals ??= new DataLoader(async (ids) => this.queries.goalsByIds(ids)));
  }
  get goalsOfCandidate() {
    return (this.#goalsOfCandidate ??= new DataLoader(async (ids) => this.queries.goalsByCandidateIds(ids)));
  }
  get applicationsOfCandidate() {
    return (this.#applicationsOfCandidate ??= new DataLoader(async (ids) => allApplicationsOf(this.queries, ids)));
  }
  get reflection() {
    return (this.#reflection ??= new DataLoader(async (ids) => this.queries.reflectionsByApplicationIds(ids)));
  }
  get followUp() {
    return (this.#followUp ??= new DataLoader(async (ids) => this.queries.followUpsByApplicationIds(ids)));
  }
  get analytics() {
    return (this.#analytics ??= new DataLoader(async (keys) =>
      keys.map((key) => this.queries.agencyAnalytics(JSON.parse(key) as { agencyId: string; from?: string; to?: string })),
    ));
  }
}

export const createLoaders = (queries: ReadModelQueries, now: Date) => new RequestLoaders(queries, now);

export type Loaders = RequestLoaders;
