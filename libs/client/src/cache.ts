import type { Cache, CacheExchangeOpts, Data, Resolver, Variables } from '@urql/exchange-graphcache';

/*
 * The one graphcache configuration of both apps. Keys say which types are entities; the
 * updates after each mutation (and subscription event) keep every list and count on screen right
 * without a reload. The admin app adds its own entries in the marked sections below.
 */

/** Types without an id of their own: they are stored inside their parent, not normalized. */
const embedded = () => null;

/** How graphcache identifies each type; every type without an `id` is listed here. */
export const keys: NonNullable<CacheExchangeOpts['keys']> = {
  AuthPayload: embedded,
  CandidateStats: embedded,
  FeedbackPoint: embedded,
  DomainEvent: embedded,
  FeedbackRequest: embedded,
  FeedbackRequestConnection: embedded,
  CandidateConnection: embedded,
  Analytics: embedded,
  Funnel: embedded,
  Distribution: embedded,
  Bucket: embedded,
  ThemeCount: embedded,
  GoalImpact: embedded,
  FeedbackWorkload: embedded,
  StaffWorkload: embedded,
  ResponseTarget: embedded,
  TargetMonth: embedded,
  DataExport: embedded,
};

const entityKey = (cache: Cache, typename: string, id: unknown): string | null =>
  typeof id === 'string' || typeof id === 'number' ? cache.keyOfEntity({ __typename: typename, id }) : null;

const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The signed-in candidate's cache key, through `Query.me.candidate`. */
const viewerCandidateKey = (cache: Cache): string | null => {
  const viewer = asString(cache.resolve('Query', 'me'));
  return viewer ? asString(cache.resolve(viewer, 'candidate')) : null;
};

/** The candidate an application belongs to: its `candidateId` or `candidate` if cached, else the viewer's. */
const candidateKeyOfApplication = (cache: Cache, applicationKey: string): string | null =>
  entityKey(cache, 'Candidate', cache.resolve(applicationKey, 'candidateId')) ??
  asString(cache.resolve(applicationKey, 'candidate')) ??
  viewerCandidateKey(cache);

/**
 * Puts `itemKey` into, or takes it out of, every cached `parentKey.fieldName(...)` list, according
 * to whether the list's arguments (e.g. `status`) admit the item now.
 */
const syncLists = (
  cache: Cache,
  parentKey: string,
  fieldName: string,
  itemKey: string,
  belongs: (args: Variables | null) => boolean,
  position: 'first' | 'last' = 'last',
): void => {
  for (const field of cache.inspectFields(parentKey)) {
    if (field.fieldName !== fieldName) continue;
    const cached = cache.resolve(parentKey, field.fieldKey);
    if (!Array.isArray(cached)) continue;
    const list = cached as unknown[];
    const present = list.includes(itemKey);
    const admitted = belongs(field.arguments);
    if (admitted && !present) {
      const next = position === 'first' ? [itemKey, ...list] : [...list, itemKey];
      cache.link(parentKey, field.fieldName, field.arguments ?? undefined, next as string[]);
    } else if (!admitted && present) {
      const next = list.filter((key) => key !== itemKey) as string[];
      cache.link(parentKey, field.fieldName, field.arguments ?? undefined, next);
    }
  }
};

const statusAdmits = (status: unknown) => (args: Variables | null) =>
  args?.['status'] === undefined || args['status'] === null || args['status'] === status;

/**
 * After any change to an application: keep the candidate's status-filtered application lists
 * right, and refetch the candidate's stats (counts the client cannot compute by itself).
 */
const applicationChanged = (cache: Cache, application: unknown, isNew = false): void => {
  const { id, status } = (application ?? {}) as { id?: unknown; status?: unknown };
  const applicationKey = entityKey(cache, 'Application', id);
  if (!applicationKey) return;
  const candidateKey = candidateKeyOfApplication(cache, applicationKey);
  if (!candidateKey) return;
  const currentStatus = status ?? cache.resolve(applicationKey, 'status');
  syncLists(
    cache,
    candidateKey,
    'applications',
    applicationKey,
    statusAdmits(currentStatus),
    isNew ? 'first' : 'last',
  );
  cache.invalidate(candidateKey, 'stats');
};

/** After any change to a goal: keep the status-filtered goal lists and the stats right. */
const goalChanged = (cache: Cache, goal: unknown): void => {
  const { id, status, candidateId } = (goal ?? {}) as {
    id?: unknown;
    status?: unknown;
    candidateId?: unknown;
  };
  const goalKey = entityKey(cache, 'Goal', id);
  const candidateKey = entityKey(cache, 'Candidate', candidateId) ?? viewerCandidateKey(cache);
  if (!goalKey || !candidateKey) return;
  const currentStatus = status ?? cache.resolve(goalKey, 'status');
  syncLists(cache, candidateKey, 'goals', goalKey, statusAdmits(currentStatus));
  cache.invalidate(candidateKey, 'stats');
};

/** Feedback that arrived for an application: attach it, mark the application, refresh counts. */
const feedbackArrived = (cache: Cache, feedback: unknown): void => {
  const { id, applicationId } = (feedback ?? {}) as { id?: unknown; applicationId?: unknown };
  const feedbackKey = entityKey(cache, 'Feedback', id);
  const applicationKey = entityKey(cache, 'Application', applicationId);
  if (!feedbackKey || !applicationKey) return;
  const list = cache.resolve(applicationKey, 'feedback') as unknown;
  if (Array.isArray(list) && !list.includes(feedbackKey)) {
    cache.link(applicationKey, 'feedback', [...(list as string[]), feedbackKey]);
  }
  // The status and timeline come from the api; ask for them again where they are shown.
  cache.invalidate(applicationKey, 'feedbackStatus');
  cache.invalidate(applicationKey, 'history');
  const candidateKey = candidateKeyOfApplication(cache, applicationKey);
  if (candidateKey) cache.invalidate(candidateKey, 'stats');
};

/** Drops an application's request from every cached page of the staff feedback queue. */
const leaveFeedbackQueue = (cache: Cache, applicationId: unknown): void => {
  const applicationKey = entityKey(cache, 'Application', applicationId);
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'feedbackQueue') continue;
    const connection = asString(cache.resolve('Query', field.fieldKey));
    const nodes = connection ? cache.resolve(connection, 'nodes') : null;
    if (connection && Array.isArray(nodes) && applicationKey) {
      const remaining = (nodes as string[]).filter(
        (node) => cache.resolve(node, 'application') !== applicationKey,
      );
      cache.link(connection, 'nodes', remaining);
    }
    // The count and cursors are the api's to compute: fetch this page again.
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
};

/** Forces every cached page of the staff feedback queue to be fetched again. */
const refetchFeedbackQueue = (cache: Cache): void => {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'feedbackQueue')
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
};

/** After a (re)assignment: the queue pages, the workload and the request's own holder are fetched again. */
const holderChanged = (cache: Cache, applicationId: unknown): void => {
  refetchFeedbackQueue(cache);
  cache.invalidate('Query', 'feedbackWorkload');
  if (typeof applicationId !== 'string') return;
  cache.invalidate('Query', 'feedbackRequest', { applicationId });
  const applicationKey = entityKey(cache, 'Application', applicationId);
  if (applicationKey) cache.invalidate(applicationKey, 'history');
};

type MutationUpdates = Record<string, (result: Data, args: Variables, cache: Cache) => void>;

/** Updates after the candidate's (web) mutations. */
const webMutationUpdates: MutationUpdates = {
  applyForJob: (result, _args, cache) => applicationChanged(cache, result['applyForJob'], true),
  scheduleInterview: (result, _args, cache) => applicationChanged(cache, result['scheduleInterview']),
  recordInterview: (result, _args, cache) => applicationChanged(cache, result['recordInterview']),
  recordRejection: (result, _args, cache) => applicationChanged(cache, result['recordRejection']),
  recordOffer: (result, _args, cache) => applicationChanged(cache, result['recordOffer']),
  withdrawApplication: (result, _args, cache) => applicationChanged(cache, result['withdrawApplication']),
  requestFeedback: (result, _args, cache) => {
    applicationChanged(cache, result['requestFeedback']);
    refetchFeedbackQueue(cache);
  },
  setGoal: (result, _args, cache) => goalChanged(cache, result['setGoal']),
  completeGoal: (result, _args, cache) => goalChanged(cache, result['completeGoal']),
  abandonGoal: (result, _args, cache) => goalChanged(cache, result['abandonGoal']),
};

/** Updates after staff (admin) mutations. The admin app adds its entries here. */
const adminMutationUpdates: MutationUpdates = {
  recordFeedback: (result, args, cache) => {
    const input = (args['input'] ?? {}) as { applicationId?: unknown };
    feedbackArrived(cache, result['recordFeedback']);
    leaveFeedbackQueue(cache, input.applicationId);
  },
  declineFeedback: (result, args, cache) => {
    applicationChanged(cache, result['declineFeedback']);
    leaveFeedbackQueue(cache, args['applicationId']);
  },
  assignFeedbackRequest: (_result, args, cache) =>
    holderChanged(cache, ((args['input'] ?? {}) as { applicationId?: unknown }).applicationId),
  unassignFeedbackRequest: (_result, args, cache) => holderChanged(cache, args['applicationId']),
  setResponseTarget: (_result, _args, cache) => {
    cache.invalidate('Query', 'responseTarget');
    refetchFeedbackQueue(cache);
  },
};

type SubscriptionUpdates = MutationUpdates;

/** Updates when the api pushes an event over the websocket. */
const subscriptionUpdates: SubscriptionUpdates = {
  feedbackReceived: (result, _args, cache) => feedbackArrived(cache, result['feedbackReceived']),
  // admin: feedbackQueueChanged
};

/**
 * A `Query.<field>(id:)` read that is served from the cache when the entity is already there
 * (board → application page), and otherwise falls back to the field's own cached link.
 */
const byId =
  (typename: string): Resolver =>
  (_parent, args, cache, info) => {
    const key = entityKey(cache, typename, args['id']);
    if (key && cache.resolve(key, 'id') !== null) return key;
    return cache.resolve(info.parentKey, info.fieldName, args) as string | null;
  };

const resolvers: NonNullable<CacheExchangeOpts['resolvers']> = {
  Query: { application: byId('Application'), candidate: byId('Candidate') },
};

/** The graphcache options both apps' clients are built with. */
export const cacheOptions: CacheExchangeOpts = {
  keys,
  resolvers,
  updates: {
    Mutation: { ...webMutationUpdates, ...adminMutationUpdates },
    Subscription: subscriptionUpdates,
  },
};
