import type { FeedbackView } from '@pivotal/projections';
import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { signedIn, staffAgency } from '../access';
import { renewContext, type GraphQLContext } from '../context';
import { forbidden } from '../errors';
import { TOPICS } from '../pub-sub';
import { FeedbackRequestConnection } from '../types/connections.type';
import { Feedback } from '../types/feedback.type';
import { feedbackQueuePage } from './feedback-queue.resolver';

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
    description: 'Staff: the first page of their agency feedback queue, each time it changes.',
    subscribe: ({ context }) => {
      const viewer = signedIn(context as GraphQLContext);
      if (viewer.role !== 'STAFF') throw forbidden('only staff follow the feedback queue');
      return (context as GraphQLContext).services.pubSub.subscribe(TOPICS.feedbackQueueChanged, staffAgency(viewer));
    },
  })
  feedbackQueueChanged(@Root() agencyId: string, @Ctx() context: GraphQLContext) {
    return feedbackQueuePage(renewContext(context), agencyId, 50, null);
  }
}
