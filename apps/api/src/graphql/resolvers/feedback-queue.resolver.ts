import type { FeedbackQueueItem } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { signedIn, staffAgency } from '../access';
import type { GraphQLContext } from '../context';
import { pageArgs, readPage } from '../paging';
import { Application } from '../types/application.type';
import { Candidate } from '../types/candidate.type';
import { FeedbackRequestConnection } from '../types/connections.type';
import { FeedbackRequest } from '../types/feedback-request.type';

/** One page of an agency's feedback queue, oldest request first. */
export const feedbackQueuePage = (context: GraphQLContext, agencyId: string, first: number, after: string | null) =>
  readPage<FeedbackQueueItem>(() =>
    context.services.queries.feedbackQueue({ agencyId, first, after, now: context.now }),
  );

@Resolver(() => FeedbackRequest)
export class FeedbackQueueResolver {
  @Authorized('STAFF')
  @Query(() => FeedbackRequestConnection, {
    description: 'Staff: the feedback requests of their agency not yet answered, oldest first.',
  })
  feedbackQueue(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const agencyId = staffAgency(signedIn(context));
    const page = pageArgs(first, after);
    return feedbackQueuePage(context, agencyId, page.first, page.after);
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
}
