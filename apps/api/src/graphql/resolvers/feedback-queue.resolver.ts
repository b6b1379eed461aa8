import type { FeedbackQueueItem, QueueSort } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ViewerIdentity } from '../../auth/viewer-identity';
import { signedIn, staffAgency } from '../access';
import { forbidden } from '../errors';
import { checkId } from '../ids';
import type { GraphQLContext } from '../context';
import { FeedbackQueueFilter } from '../inputs/feedback-queue-filter.input';
import { pageArgs, readPage } from '../paging';
import { QueueSortEnum } from '../queue-enums';
import { Application } from '../types/application.type';
import { Candidate } from '../types/candidate.type';
import { FeedbackRequestConnection } from '../types/connections.type';
import { FeedbackRequest } from '../types/feedback-request.type';
import { StaffMember } from '../types/staff-member.type';

/** Which view of the queue a viewer asks for. */
export interface QueueView {
  readonly filter?: FeedbackQueueFilter | null;
  readonly sort?: QueueSort | null;
}

/** One page of an agency's feedback queue as this viewer asked for it (oldest request first unless sorted otherwise). */
export const feedbackQueuePage = (
  context: GraphQLContext,
  viewer: ViewerIdentity,
  agencyId: string,
  first: number,
  after: string | null,
  view: QueueView = {},
) =>
  readPage<FeedbackQueueItem>(() =>
    context.services.queries.feedbackQueue({
      agencyId,
      first,
      after,
      now: context.now,
      // One colleague's requests are the view "mine" would be for them.
      assignee: view.filter?.heldBy ? 'MINE' : (view.filter?.assignee ?? 'EVERYONE'),
      viewerId: view.filter?.heldBy ?? viewer.accountId,
      waiting: view.filter?.waiting ?? null,
      search: view.filter?.search ?? null,
      sort: view.sort ?? 'OLDEST_FIRST',
    }),
  );

/** The `filter` and `sort` arguments of the queue and of its subscription. */
export const queueFilterArg = {
  nullable: true,
  description: 'Whose requests, how long they waited, which company or role; all of them when absent.',
} as const;
export const queueSortArg = { nullable: true, defaultValue: 'OLDEST_FIRST', description: 'The order.' } as const;

@Resolver(() => FeedbackRequest)
export class FeedbackQueueResolver {
  @Authorized('STAFF')
  @Query(() => FeedbackRequestConnection, {
    description: 'Staff: the feedback requests of their agency not yet answered, oldest first unless sorted otherwise.',
  })
  feedbackQueue(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null | undefined,
    @Arg('filter', () => FeedbackQueueFilter, queueFilterArg) filter: FeedbackQueueFilter | null | undefined,
    @Arg('sort', () => QueueSortEnum, queueSortArg) sort: QueueSort | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const viewer = signedIn(context);
    const agencyId = staffAgency(viewer);
    const page = pageArgs(first, after);
    return feedbackQueuePage(context, viewer, agencyId, page.first, page.after, { filter, sort });
  }

  @Authorized('STAFF')
  @Query(() => FeedbackRequest, {
    nullable: true,
    description:
      'Staff: one waiting feedback request of their agency as the queue shows it (holder, deadline); null once answered or declined, or when none was asked.',
  })
  feedbackRequest(
    @Arg('applicationId', () => ID, { description: 'The application the feedback was requested on.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): FeedbackQueueItem | null {
    const agencyId = staffAgency(signedIn(context));
    checkId(applicationId, 'applicationId');
    const { queries } = context.services;
    const requestAgency = queries.feedbackRequestAgency(applicationId);
    if (requestAgency !== null && requestAgency !== agencyId) throw forbidden('this feedback request went to another agency');
    return queries.feedbackRequest(agencyId, applicationId, context.now);
  }

  @FieldResolver(() => Application, { description: 'The application the feedback is asked on.' })
  async application(@Root() request: FeedbackRequest, @Ctx() context: GraphQLContext) {
    const application = await context.loaders.application.load(request.applicationId);
    if (!application) throw new Error(`application ${request.applicationId} of the queue is missing`);
    return application;
  }

  @FieldResolver(() => Candidate, { description: 'The candidate who asked.' })
  async candidate(@Root() request: FeedbackRequest, @Ctx() context: GraphQLContext) {
    const candidate = await context.loaders.candidate.load(request.candidateId);
    if (!candidate) throw new Error(`candidate ${request.candidateId} of the queue is missing`);
    return candidate;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The staff member who holds it; null while unassigned.' })
  async assignee(@Root() request: FeedbackRequest, @Ctx() context: GraphQLContext): Promise<StaffMember | null> {
    if (request.assigneeId === null) return null;
    const account = await context.loaders.account.load(request.assigneeId);
    return { id: request.assigneeId, name: account?.name ?? request.assigneeId };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the agency response target has passed for it.' })
  overdue(@Root() request: FeedbackRequest): boolean {
    return request.hoursUntilDue !== null && request.hoursUntilDue < 0;
  }
}
