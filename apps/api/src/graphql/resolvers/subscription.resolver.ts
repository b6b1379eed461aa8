import type { FeedbackView } from '@pivotal/projections';
import type { QueueSort } from '@pivotal/projections';
import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { signedIn, staffAgency } from '../access';
import { renewContext, type GraphQLContext } from '../context';
import { forbidden } from '../errors';
import { TOPICS } from '../pub-sub';
import { FeedbackRequestConnection } from '../types/connections.type';
import { Feedback } from '../types/feedback.type';
import { FeedbackQueueFilter } from '../inputs/feedback-queue-filter.input';
import { QueueSortEnum } from '../queue-enums';
import { feedbackQueuePage, queueFilterArg, queueSortArg } from './feedback-queue.resolver';

/** Live updates, published after the projections commit (so that what a client reads next agrees). */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Feedback, {
    description: 'The signed-in candidate: each critique recorded for it, as it is recorded.',
    subscribe: ({ context }) => {
      const viewer = signedIn(context as GraphQLContext);
      if (viewer.role !== 'CANDIDATE') throw forbidden('only candidates receive their feedback');
      return (context as GraphQLContext).services.pubSub.subscribe(TOPICS.feedbackReceived, viewer.accountId);
    },
  })
  feedbackReceived(@Root() feedback: FeedbackView): FeedbackView {
    return feedback;
  }

  @Subscription(() => FeedbackRequestConnection, {
    description:
      'Staff: the first page of their agency feedback queue, as filtered and sorted, each time a request of it is asked, answered or (re)assigned.',
    subscribe: ({ context }) => {
      const viewer = signedIn(context as GraphQLContext);
      if (viewer.role !== 'STAFF') throw forbidden('only staff follow the feedback queue');
      return (context as GraphQLContext).services.pubSub.subscribe(TOPICS.feedbackQueueChanged, staffAgency(viewer));
    },
  })
  feedbackQueueChanged(
    @Root() agencyId: string,
    @Arg('filter', () => FeedbackQueueFilter, queueFilterArg) filter: FeedbackQueueFilter | null | undefined,
    @Arg('sort', () => QueueSortEnum, queueSortArg) sort: QueueSort | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const fresh = renewContext(context);
    return feedbackQueuePage(fresh, signedIn(fresh), agencyId, 50, null, { filter, sort });
  }
}
