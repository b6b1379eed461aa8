import type { ApplicationView } from '@pivotal/projections';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idFromKey } from '../../commands/run-command';
import { signedIn } from '../access';
import { checkId } from '../ids';
import type { GraphQLContext } from '../context';
import { ApplyInput } from '../inputs/apply.input';
import { RecordInterviewInput } from '../inputs/record-interview.input';
import { RejectInput } from '../inputs/reject.input';
import { ScheduleInterviewInput } from '../inputs/schedule-interview.input';
import { Application } from '../types/application.type';
import { answerApplication, commandApplication } from './application.resolver';

/** The candidate's own commands on its applications; each answers the application as it is now. */
@Resolver()
export class ApplicationMutationsResolver {
  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: logs a job application.' })
  async applyForJob(
    @Arg('input', () => ApplyInput, { description: 'The application.' }) input: ApplyInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const viewer = signedIn(context);
    const applicationId =
      input.id ??
      (input.idempotencyKey ? idFromKey(viewer.accountId, 'apply', input.idempotencyKey) : context.services.newId());
    await commandApplication(
      context,
      applicationId,
      {
        type: 'ApplyForJob',
        data: {
          applicationId,
          candidateId: viewer.accountId,
          agencyId: viewer.agencyId,
          company: input.company,
          role: input.role,
          appliedAt: input.appliedAt ?? null,
          jobUrl: input.jobUrl ?? null,
          location: input.location ?? null,
          notes: input.notes ?? null,
          actorId: viewer.accountId,
          now: context.now.toISOString(),
        },
      },
      input.idempotencyKey,
    );
    return answerApplication(context, applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: notes an interview to come.' })
  async scheduleInterview(
    @Arg('input', () => ScheduleInterviewInput, { description: 'The interview.' }) input: ScheduleInterviewInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    await commandApplication(context, input.applicationId, {
      type: 'ScheduleInterview',
      data: { ...input, interviewId: context.services.newId(), actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, input.applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: records an interview that took place.' })
  async recordInterview(
    @Arg('input', () => RecordInterviewInput, { description: 'The interview.' }) input: RecordInterviewInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    await commandApplication(context, input.applicationId, {
      type: 'RecordInterview',
      data: {
        applicationId: input.applicationId,
        interviewId: input.interviewId ?? context.services.newId(),
        stage: input.stage ?? null,
        occurredAt: input.occurredAt ?? null,
        selfRating: input.selfRating ?? null,
        notes: input.notes ?? null,
        actorId: accountId,
        now: context.now.toISOString(),
      },
    });
    return answerApplication(context, input.applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: records the employer no.' })
  async recordRejection(
    @Arg('input', () => RejectInput, { description: 'The rejection.' }) input: RejectInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    await commandApplication(context, input.applicationId, {
      type: 'RecordRejection',
      data: {
        applicationId: input.applicationId,
        rejectedAt: input.rejectedAt ?? null,
        reason: input.reason ?? null,
        actorId: accountId,
        now: context.now.toISOString(),
      },
    });
    return answerApplication(context, input.applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: records an offer, received now.' })
  async recordOffer(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    checkId(applicationId, 'applicationId');
    await commandApplication(context, applicationId, {
      type: 'RecordOffer',
      data: { applicationId, actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, { description: 'Candidate: withdraws the application.' })
  async withdrawApplication(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId } = signedIn(context);
    checkId(applicationId, 'applicationId');
    await commandApplication(context, applicationId, {
      type: 'WithdrawApplication',
      data: { applicationId, actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, applicationId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Application, {
    description: 'Candidate: asks its agency for feedback, after an interview or a rejection.',
  })
  async requestFeedback(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView> {
    const { accountId, agencyId } = signedIn(context);
    checkId(applicationId, 'applicationId');
    await commandApplication(context, applicationId, {
      type: 'RequestFeedback',
      data: { applicationId, agencyId, actorId: accountId, now: context.now.toISOString() },
    });
    return answerApplication(context, applicationId);
  }
}
