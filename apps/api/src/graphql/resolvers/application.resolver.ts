import { applicationDecider, streams, upcast, type ApplicationCommand } from '@pivotal/domain';
import type { ApplicationView, FeedbackView } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { runCommand } from '../../commands/run-command';
import { maySeeCandidate, signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { refuseErasedCandidate } from '../erased-guard';
import { checkId } from '../ids';
import { forbidden } from '../errors';
import { Application } from '../types/application.type';
import { Candidate } from '../types/candidate.type';
import { DomainEvent } from '../types/domain-event.type';
import { Feedback } from '../types/feedback.type';
import { Interview } from '../types/interview.type';
import { OWN_NOTES_EVENTS } from './application-tracker.resolver';

/** Runs a command on an application stream, then answers the application from the read models. */
export const commandApplication = async (
  context: GraphQLContext,
  applicationId: string,
  command: ApplicationCommand,
  idempotencyKey?: string | null,
) => {
  const viewer = signedIn(context);
  refuseErasedCandidate(context, applicationId);
  return runCommand(context.services, applicationDecider, streams.application(applicationId), command, {
    actorId: viewer.accountId,
    now: context.now,
    correlationId: context.requestId,
    idempotencyKey: idempotencyKey ?? null,
  });
};

/** The application as the read models have it now (after the write was awaited). */
export const answerApplication = async (context: GraphQLContext, applicationId: string): Promise<ApplicationView> => {
  const application = await context.loaders.application.load(applicationId);
  if (!application) throw new Error(`application ${applicationId} is missing from the read models after its write`);
  return application;
};

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized('CANDIDATE', 'STAFF')
  @Query(() => Application, {
    nullable: true,
    description: 'An application: a candidate sees its own; staff those of their agency candidates.',
  })
  async application(
    @Arg('id', () => ID, { description: 'The application id.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApplicationView | null> {
    const viewer = signedIn(context);
    checkId(id, 'id');
    const application = await context.loaders.application.load(id);
    if (!application) return null;
    const candidate = await context.loaders.candidate.load(application.candidateId);
    if (!candidate || !maySeeCandidate(viewer, candidate)) throw forbidden('this application is not yours to see');
    return application;
  }

  @FieldResolver(() => Candidate, { description: 'The candidate who applied.' })
  async candidate(@Root() application: Application, @Ctx() context: GraphQLContext) {
    const candidate = await context.loaders.candidate.load(application.candidateId);
    if (!candidate) throw new Error(`candidate ${application.candidateId} of application ${application.id} is missing`);
    return candidate;
  }

  @FieldResolver(() => [Interview], { description: 'Its interviews, scheduled and held, in time order.' })
  interviews(@Root() application: Application, @Ctx() context: GraphQLContext) {
    return context.loaders.interviews.load(application.id);
  }

  @FieldResolver(() => [Feedback], { description: 'The feedback it received (at most one critique today).' })
  async feedback(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<FeedbackView[]> {
    const feedback = await context.loaders.feedbackOfApplication.load(application.id);
    return feedback ? [feedback] : [];
  }

  @FieldResolver(() => [DomainEvent], { description: 'Its own events, oldest first, read from the event store.' })
  async history(@Root() application: Application, @Ctx() context: GraphQLContext): Promise<DomainEvent[]> {
    const { store } = context.services;
    const events = await store.readStream(streams.application(application.id));
    const own = context.viewer?.accountId === application.candidateId;
    return events.filter((event) => own || !OWN_NOTES_EVENTS.has(event.type)).map((event) => {
      const current = upcast({ type: event.type, data: event.data, metadata: event.metadata });
      return {
        type: current.type,
        occurredAt: current.metadata.occurredAt,
        position: store.positionToString(event.position),
        data: JSON.stringify(current.data),
      };
    });
  }
}
