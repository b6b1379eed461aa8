import { goalDecider, streams, TEXT_LIMITS, type GoalCommand } from '@pivotal/domain';
import type { GoalView } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { runCommand } from '../../commands/run-command';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput, notFound } from '../errors';
import { checkId } from '../ids';
import { SetGoalInput } from '../inputs/set-goal.input';
import { Goal } from '../types/goal.type';

const commandGoal = async (context: GraphQLContext, goalId: string, command: GoalCommand): Promise<GoalView> => {
  const viewer = signedIn(context);
  await runCommand(context.services, goalDecider, streams.goal(goalId), command, {
    actorId: viewer.accountId,
    now: context.now,
    correlationId: context.requestId,
  });
  const goal = await context.loaders.goals.load(goalId);
  if (!goal) throw new Error(`goal ${goalId} is missing from the read models after its write`);
  return goal;
};

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The critique it came from, if any.' })
  fromFeedbackId(@Root() goal: GoalView): string | null {
    return goal.source?.feedbackId ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The index of the point of that critique it came from, if any.' })
  pointIndex(@Root() goal: GoalView): number | null {
    return goal.source?.pointIndex ?? null;
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Goal, {
    description: 'Candidate: sets an improvement goal, from an IMPROVEMENT point of its own feedback or on a theme.',
  })
  async setGoal(
    @Arg('input', () => SetGoalInput, { description: 'The goal.' }) input: SetGoalInput,
    @Ctx() context: GraphQLContext,
  ): Promise<GoalView> {
    const viewer = signedIn(context);
    let fromFeedback = null;
    if (input.feedbackId) {
      if (input.pointIndex === null || input.pointIndex === undefined) {
        throw badUserInput('pointIndex', 'is required with feedbackId');
      }
      const feedback = await context.loaders.feedback.load(input.feedbackId);
      if (!feedback) throw notFound('feedback', input.feedbackId);
      const point = feedback.points[input.pointIndex];
      fromFeedback = {
        feedbackId: feedback.id,
        applicationId: feedback.applicationId,
        pointIndex: input.pointIndex,
        point: point ? { theme: point.theme, polarity: point.polarity, note: point.note } : null,
        feedbackOwnerCandidateId: feedback.candidateId,
      };
    }
    const goalId = context.services.newId();
    return commandGoal(context, goalId, {
      type: 'SetGoal',
      data: {
        goalId,
        candidateId: viewer.accountId,
        title: input.title,
        theme: input.theme ?? null,
        fromFeedback,
        actorId: viewer.accountId,
        now: context.now.toISOString(),
      },
    });
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Goal, { description: 'Candidate: marks its goal done, with an optional reflection.' })
  async completeGoal(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('reflection', () => String, { nullable: true, description: 'What the candidate learned.' })
    reflection: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<GoalView> {
    const { accountId } = signedIn(context);
    checkId(goalId, 'goalId');
    if (reflection && reflection.length > TEXT_LIMITS.reflection) {
      throw badUserInput('reflection', `must be at most ${TEXT_LIMITS.reflection} characters`);
    }
    return commandGoal(context, goalId, {
      type: 'CompleteGoal',
      data: { goalId, reflection: reflection ?? null, actorId: accountId, now: context.now.toISOString() },
    });
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Goal, { description: 'Candidate: gives up its goal.' })
  async abandonGoal(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<GoalView> {
    const { accountId } = signedIn(context);
    checkId(goalId, 'goalId');
    return commandGoal(context, goalId, {
      type: 'AbandonGoal',
      data: { goalId, actorId: accountId, now: context.now.toISOString() },
    });
  }
}
