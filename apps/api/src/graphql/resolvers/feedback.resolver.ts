import { TEXT_LIMITS, type FeedbackReceived } from '@pivotal/domain';
import type { FeedbackView } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { idFromKey } from '../../commands/run-command';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { checkId } from '../ids';
import { RecordFeedbackInput } from '../inputs/record-feedback.input';
import { Application } from '../types/application.type';
import { Feedback } from '../types/feedback.type';
import { FeedbackPoint } from '../types/feedback-point.type';
import { answerApplication, commandApplication } from './application.resolver';

@Resolver(() => Feedback)
export class FeedbackResolver {
  @FieldResolver(() => [FeedbackPoint], { description: 'Its points, in order.' })
  points(@Root() feedback: FeedbackView): FeedbackPoint[] {
    return feedback.points.map((point, index) => ({ index, ...point }));
  }

  @Authorized('STAFF')
  @Mutation(() => Feedback, { description: 'Staff of the candidate agency: records the critique a candidate asked for.' })
  async recordFeedback(
    @Arg('input', () => RecordFeedbackInput, { description: 'The critique.' }) input: RecordFeedbackInput,
    @Ctx() context: GraphQLContext,
  ): Promise<FeedbackView> {
    const viewer = signedIn(context);
    const feedbackId = input.idempotencyKey
      ? idFromKey(viewer.accountId, 'feedback', input.idempotencyKey)
      : context.services.newId();
    const result = await commandApplication(
      context,
      input.applicationId,
      {
        type: 'RecordFeedback',
        data: {
          applicationId: input.applicationId,
          feedbackId,
          summary: input.summary,
          recommendation: input.recommendation ?? null,
          points: input.points.map(({ theme, polarity, note }) => ({ theme, polarity, note })),
          recordedBy: viewer.accountId,
          staffAgencyId: viewer.agencyId,
          now: context.now.toISOString(),
        },
      },
      input.idempotencyKey,
    );
    // A repeated key answers the feedback the first copy recorded.
    const received = result.events.find((event) => event.type === 'FeedbackReceived');
    const recordedId = (received?.data as FeedbackReceived['data'] | undefined)?.feedbackId ?? feedbackId;
    const feedback = await context.loaders.feedback.load(recordedId);
    if (!feedback) throw new Error(`feedback ${recordedId} is missing from the read models after its write`);
    return feedback;
  }

  @Authorized('STAFF')
  @Mutation(() => Application, { description: 'Staff of the candidate agency: says no feedback will come, and why.' })
  async declineFeedback(
    @Arg('applicationId', () => ID, { description: 'The application the feedback was asked on.' }) applicationId: string,
    @Arg('reason', () => String, { description: 'Why none will come.' }) reason: string,
    @Ctx() context: GraphQLContext,
  ) {
    const viewer = signedIn(context);
    checkId(applicationId, 'applicationId');
    if (reason.length > TEXT_LIMITS.reason) throw badUserInput('reason', `must be at most ${TEXT_LIMITS.reason} characters`);
    await commandApplication(context, applicationId, {
      type: 'DeclineFeedback',
      data: {
        applicationId,
        reason,
        declinedBy: viewer.accountId,
        staffAgencyId: viewer.agencyId,
        now: context.now.toISOString(),
      },
    });
    return answerApplication(context, applicationId);
  }
}
