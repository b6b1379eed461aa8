import type { ApplicationView, ReflectionView } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { checkId } from '../ids';
import { FollowUpInput } from '../inputs/follow-up.input';
import { ReflectionInput } from '../inputs/reflection.input';
import { Application } from '../types/application.type';
import { Reflection } from '../types/reflection.type';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { answerApplication, commandApplication } from './application.resolver';

/** Events of the candidate's own notes on an application: its history shows them to the candidate only. */
export const OWN_NOTES_EVENTS: ReadonlySet<string> = new Set([
  'ReflectionWritten',
  'FollowUpSet',
  'FollowUpCleared',
  'FollowUpCompleted',
]);

/** The reflection and follow-up are the candidate's own notes: staff who may see the application see neither. */
const isOwnApplication = (context: GraphQLContext, application: Application): boolean =>
  context.viewer?.role === 'CANDIDATE' && context.viewer.accountId === application.candidateId;

/** The candidate's own tracking of an application: its reflection before the feedback, its follow-up. */
@Resolver(() => Application)
export class ApplicationTrackerResolver {
  @FieldResolver(() => Reflection, {
    nullable: true,
    description:
      'What the candidate expected, written before the feedback\u2019s points were shown; only the candidate sees it.',
  })
  async reflection(
    @Root() application: Application,
    @Ctx() context: GraphQLContext,
  ): Promise<ReflectionView | null> {
    return isOwnApplication(context, application) ? context.loaders.reflection.load(application.id) : null;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the candidate means to follow it up; null when no follow-up is set. Only the candidate sees it.',
  })
  async followUpAt(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<string | null> {
    if (!isOwnApplication(context, application)) return null;
    return (await context.loaders.followUp.load(application.id))?.followUpAt ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The follow-up\u2019s note, if it has one. Only the candidate sees it.',
  })
  async followUpNote(
    @Root() application: Application,
    @Ctx() context: GraphQLContext,
  ): Promise<string | null> {
    if (!isOwnApplication(context, application)) return null;
    return (await context.loaders.followUp.load(application.id))?.note ?? null;
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, {
    description:
      'Candidate: writes what it expects of the feedback that arrived, before reading its points. Written once: ' +
      'the same text again changes nothing, another text is a CONFLICT; before any feedback arrived, a CONFLICT too.',
  })
  async writeReflection(
    @Arg('input', () => ReflectionInput, { description: 'The reflection.' }) input: ReflectionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    await commandApplication(context, input.applicationId, {
      type: 'WriteReflection',
      data: {
        applicationId: input.applicationId,
        text: input.text,
        actorId: accountId,
        now: context.now.toISOString(),
      },
    });
    return answerApplication(context, input.applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, {
    description: 'Candidate: sets (or moves) the date to follow an application up, with an optional note.',
  })
  async setFollowUp(
    @Arg('input', () => FollowUpInput, { description: 'The follow-up.' }) input: FollowUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    await commandApplication(context, input.applicationId, {
      type: 'SetFollowUp',
      data: {
        applicationId: input.applicationId,
        followUpAt: input.followUpAt,
        note: input.note ?? null,
        actorId: accountId,
        now: context.now.toISOString(),
      },
    });
    return answerApplication(context, input.applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, {
    description: 'Candidate: drops the application\u2019s follow-up (nothing changes when none is set).',
  })
  async clearFollowUp(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    checkId(applicationId, 'applicationId');
    await commandApplication(context, applicationId, {
      type: 'ClearFollowUp',
      data: { applicationId, actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, {
    description: 'Candidate: marks the application\u2019s follow-up done (a CONFLICT when none is set).',
  })
  async completeFollowUp(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    checkId(applicationId, 'applicationId');
    await commandApplication(context, applicationId, {
      type: 'CompleteFollowUp',
      data: { applicationId, actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, applicationId);
  }
}
