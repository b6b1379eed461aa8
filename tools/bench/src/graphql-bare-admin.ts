/**
 * The admin slice of the bare graphql-js server: the staff queue, the candidates list and the
 * analytics panels, with the same names and types as the api's schema. Plain resolvers over the
 * same query functions, with per-request DataLoaders batching a page's rows as the api's do, and
 * the same checks: the viewer's role and agency for each list, the role for each candidate's name
 * and email, page sizes and cursors.
 */
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { FEEDBACK_THEMES, POLARITIES, type Role } from '@pivotal/domain';
import type {
  AccountView,
  AgencyAnalytics,
  ApplicationView,
  CandidateProfile,
  FeedbackQueueItem,
  InterviewView,
  Page,
  QueueAssignee,
  QueueSort,
  ReadModelQueries,
  WaitingBand,
} from '@pivotal/projections';

/** The admin types, added to the dashboard's SDL (`bareSdl`, which declares `Query`, `Candidate`, `Application`). */
export const bareAdminSdl = `
  enum QueueAssignee { EVERYONE MINE UNASSIGNED }
  enum WaitingBand { UNDER_48H FROM_48H_TO_7D OVER_7D }
  enum QueueSort { OLDEST_FIRST LAST_INTERVIEW }
  enum FeedbackTheme { ${FEEDBACK_THEMES.join(' ')} }
  enum Polarity { ${POLARITIES.join(' ')} }
  input FeedbackQueueFilter { assignee: QueueAssignee = EVERYONE heldBy: ID search: String waiting: WaitingBand }
  input DateRange { from: DateTime to: DateTime }
  extend type Query {
    feedbackQueue(first: Int = 50, after: String, filter: FeedbackQueueFilter, sort: QueueSort = OLDEST_FIRST): FeedbackRequestConnection!
    candidates(search: String, first: Int = 50, after: String): CandidateConnection!
    analytics: Analytics!
  }
  type FeedbackRequestConnection { nodes: [FeedbackRequest!]! totalCount: Int! endCursor: String hasNextPage: Boolean! }
  type CandidateConnection { nodes: [Candidate!]! totalCount: Int! endCursor: String hasNextPage: Boolean! }
  type FeedbackRequest {
    applicationId: ID! candidateId: ID! requestedAt: DateTime! waitingHours: Float! lastInterviewAt: DateTime
    assigneeId: ID assignedAt: DateTime dueAt: DateTime hoursUntilDue: Float overdue: Boolean!
    assignee: StaffMember candidate: Candidate! application: Application!
  }
  type StaffMember { id: ID! name: String! }
  type Interview { id: ID! scheduledFor: DateTime occurredAt: DateTime stage: String! selfRating: Int }
  extend type Application { interviews: [Interview!]! }
  type Analytics {
    agencyId: ID!
    funnel(range: DateRange): Funnel!
    timeToFeedback(range: DateRange): Distribution!
    feedbackThemes(range: DateRange): [ThemeCount!]!
    goalImpact(range: DateRange): GoalImpact!
  }
  type Funnel { applied: Int! interviewed: Int! rejected: Int! offers: Int! feedbackRequested: Int! feedbackReceived: Int! }
  type Bucket { upToHours: Float count: Int! }
  type Distribution { count: Int! p50Hours: Float p90Hours: Float buckets: [Bucket!]! }
  type ThemeCount { theme: FeedbackTheme! polarity: Polarity! count: Int! }
  type GoalImpact { candidatesWithCompletedGoals: Int! offerRateBeforeGoals: Float offerRateAfterGoals: Float }
`;

/** What the admin resolvers need of a request's context. */
export interface BareAdminContext {
  readonly viewer: { readonly accountId: string; readonly role: Role; readonly agencyId: string | null };
  readonly queries: ReadModelQueries;
  readonly now: Date;
  /** Made on first use: the dashboard needs none. */
  loaders?: BareLoaders;
}

const bareLoaders = (queries: ReadModelQueries, now: Date) => ({
  application: new DataLoader<string, ApplicationView | null>(async (ids) => queries.applicationsByIds(ids)),
  candidate: new DataLoader<string, CandidateProfile | null>(async (ids) => queries.candidatesByIds(ids, now)),
  account: new DataLoader<string, AccountView | null>(async (ids) => queries.accountsByIds(ids)),
  interviews: new DataLoader<string, InterviewView[]>(async (ids) => queries.interviewsByApplicationIds(ids)),
  analytics: new Map<string, AgencyAnalytics>(),
});
type BareLoaders = ReturnType<typeof bareLoaders>;

const loadersOf = (context: BareAdminContext): BareLoaders => (context.loaders ??= bareLoaders(context.queries, context.now));

const refused = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/** The viewer's agency when its role is one of `roles`; refused otherwise. */
const agencyOf = (context: BareAdminContext, roles: readonly Role[]): string => {
  const { viewer } = context;
  if (!roles.includes(viewer.role)) throw refused(`not allowed for ${viewer.role.toLowerCase()} accounts`, 'FORBIDDEN');
  if (!viewer.agencyId) throw refused('this staff account belongs to no agency', 'FORBIDDEN');
  return viewer.agencyId;
};

const page = (first: number | null, after: string | null | undefined) => {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > 100) throw refused('first must be from 1 to 100', 'BAD_USER_INPUT');
  if (after && after.length > 500) throw refused('after is not a cursor of this list', 'BAD_USER_INPUT');
  return { first: size, after: after ?? null };
};

const connection = <T>(read: Page<T>) => ({ nodes: read.nodes, totalCount: read.totalCount, ...read.pageInfo });

interface QueueFilter {
  readonly assignee?: QueueAssignee | null;
  readonly heldBy?: string | null;
  readonly waiting?: WaitingBand | null;
  readonly search?: string | null;
}
interface Range {
  readonly from?: string | null;
  readonly to?: string | null;
}

const analyticsOf = (context: BareAdminContext, agencyId: string, range: Range | null | undefined): AgencyAnalytics => {
  if (range?.from && range.to && range.from > range.to) throw refused('from must not be after to', 'BAD_USER_INPUT');
  const key = `${range?.from ?? ''}|${range?.to ?? ''}`;
  const kept = loadersOf(context).analytics;
  let figures = kept.get(key);
  if (!figures) {
    figures = context.queries.agencyAnalytics({ agencyId, ...(range?.from ? { from: range.from } : {}), ...(range?.to ? { to: range.to } : {}) });
    kept.set(key, figures);
  }
  return figures;
};

type Resolve = (source: never, args: never, context: BareAdminContext) => unknown;

/** Attaches the admin slice's resolvers to a schema built from `bareSdl` and `bareAdminSdl`. */
export const attachAdminResolvers = (schema: GraphQLSchema): void => {
  const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: Resolve }> }).getFields();
  const query = fields('Query');
  query['feedbackQueue']!.resolve = (
    _root: unknown,
    args: { first: number | null; after?: string | null; filter?: QueueFilter | null; sort?: QueueSort | null },
    context: BareAdminContext,
  ) => {
    const agencyId = agencyOf(context, ['STAFF']);
    const { first, after } = page(args.first, args.after);
    return connection(
      context.queries.feedbackQueue({
        agencyId,
        first,
        after,
        now: context.now,
        assignee: args.filter?.heldBy ? 'MINE' : (args.filter?.assignee ?? 'EVERYONE'),
        viewerId: args.filter?.heldBy ?? context.viewer.accountId,
        waiting: args.filter?.waiting ?? null,
        search: args.filter?.search ?? null,
        sort: args.sort ?? 'OLDEST_FIRST',
      }),
    );
  };
  query['candidates']!.resolve = (
    _root: unknown,
    args: { search?: string | null; first: number | null; after?: string | null },
    context: BareAdminContext,
  ) => {
    const agencyId = agencyOf(context, ['STAFF']);
    if (args.search && args.search.length > 200) throw refused('search must be at most 200 characters', 'BAD_USER_INPUT');
    return connection(context.queries.candidatesOfAgency({ agencyId, search: args.search ?? null, ...page(args.first, args.after), now: context.now }));
  };
  query['analytics']!.resolve = (_root: unknown, _args: unknown, context: BareAdminContext) => ({
    agencyId: agencyOf(context, ['STAFF', 'ANALYST']),
  });

  const request = fields('FeedbackRequest');
  request['overdue']!.resolve = (item: FeedbackQueueItem) => item.hoursUntilDue !== null && item.hoursUntilDue < 0;
  request['assignee']!.resolve = async (item: FeedbackQueueItem, _args: unknown, context: BareAdminContext) => {
    if (item.assigneeId === null) return null;
    const account = await loadersOf(context).account.load(item.assigneeId);
    return { id: item.assigneeId, name: account?.name ?? item.assigneeId };
  };
  request['candidate']!.resolve = async (item: FeedbackQueueItem, _args: unknown, context: BareAdminContext) => {
    const candidate = await loadersOf(context).candidate.load(item.candidateId);
    if (!candidate) throw new Error(`candidate ${item.candidateId} of the queue is missing`);
    return candidate;
  };
  request['application']!.resolve = async (item: FeedbackQueueItem, _args: unknown, context: BareAdminContext) => {
    const application = await loadersOf(context).application.load(item.applicationId);
    if (!application) throw new Error(`application ${item.applicationId} of the queue is missing`);
    return application;
  };
  fields('Application')['interviews']!.resolve = (application: ApplicationView, _args: unknown, context: BareAdminContext) =>
    loadersOf(context).interviews.load(application.id);

  // Never shown to analysts: checked on every candidate, as the api's field authorization does.
  const personal = (field: 'name' | 'email') => (candidate: CandidateProfile, _args: unknown, context: BareAdminContext) => {
    if (context.viewer.role !== 'CANDIDATE' && context.viewer.role !== 'STAFF') throw refused('not allowed for analyst accounts', 'FORBIDDEN');
    return candidate[field];
  };
  const candidate = fields('Candidate');
  candidate['name']!.resolve = personal('name');
  candidate['email']!.resolve = personal('email');

  const analytics = fields('Analytics');
  analytics['funnel']!.resolve = (root: { agencyId: string }, args: { range?: Range | null }, context: BareAdminContext) =>
    analyticsOf(context, root.agencyId, args.range).funnel;
  analytics['timeToFeedback']!.resolve = (root: { agencyId: string }, args: { range?: Range | null }, context: BareAdminContext) => {
    const { count, p50Hours, p90Hours, histogram } = analyticsOf(context, root.agencyId, args.range).timeToFeedback;
    return { count, p50Hours, p90Hours, buckets: histogram };
  };
  analytics['feedbackThemes']!.resolve = (root: { agencyId: string }, args: { range?: Range | null }, context: BareAdminContext) =>
    analyticsOf(context, root.agencyId, args.range).themes;
  analytics['goalImpact']!.resolve = (root: { agencyId: string }, args: { range?: Range | null }, context: BareAdminContext) =>
    analyticsOf(context, root.agencyId, args.range).goalImpact;
};
