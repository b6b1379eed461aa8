import { AssignedElsewhere, applicationDecider, streams, type ApplicationCommand } from '@pivotal/domain';
import type { FeedbackQueueItem } from '@pivotal/projections';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { runCommand } from '../../commands/run-command';
import { signedIn, staffAgency } from '../access';
import type { GraphQLContext } from '../context';
import { conflict } from '../errors';
import { refuseErasedCandidate } from '../erased-guard';
import { checkId } from '../ids';
import { AssignFeedbackRequestInput } from '../inputs/assign-feedback.input';
import { FeedbackRequest } from '../types/feedback-request.type';

/**
 * Runs an assignment command. A lost race (someone else changed who holds the request first)
 * answers CONFLICT naming who holds it now, by name, with their id in `extensions.assigneeId`.
 */
const commandAssignment = async (context: GraphQLContext, command: ApplicationCommand & { data: { applicationId: string } }) => {
  const viewer = signedIn(context);
  refuseErasedCandidate(context, command.data.applicationId);
  try {
    await runCommand(context.services, applicationDecider, streams.application(command.data.applicationId), command, {
      actorId: viewer.accountId,
      now: context.now,
      correlationId: context.requestId,
    });
  } catch (error) {
    if (!(error instanceof AssignedElsewhere)) throw error;
    if (error.assigneeId === null) throw conflict('nobody holds this feedback request any more: read the queue again', { assigneeId: null });
    const holder = context.services.queries.accountById(error.assigneeId);
    const name = error.assigneeId === viewer.accountId ? 'you' : (holder?.name ?? error.assigneeId);
    throw conflict(`this feedback request is already assigned to ${name}`, { assigneeId: error.assigneeId });
  }
};

/** The request as the queue shows it after the write. */
const answerRequest = (context: GraphQLContext, applicationId: string): FeedbackQueueItem => {
  const agencyId = staffAgency(signedIn(context));
  const request = context.services.queries.feedbackRequest(agencyId, applicationId, context.now);
  if (!request) throw new Error(`feedback request ${applicationId} is missing from the queue after its assignment`);
  return request;
};

/** Staff share the queue: who works on which request. */
@Resolver()
export class FeedbackAssignmentResolver {
  @Authorized('STAFF')
  @Mutation(() => FeedbackRequest, {
    description:
      'Staff of the agency the request went to: assigns a waiting feedback request to one of its staff members (themselves or a colleague), or reassigns it.',
  })
  async assignFeedbackRequest(
    @Arg('input', () => AssignFeedbackRequestInput, { description: 'The request and who is to hold it.' })
    input: AssignFeedbackRequestInput,
    @Ctx() context: GraphQLContext,
  ): Promise<FeedbackQueueItem> {
    const viewer = signedIn(context);
    checkId(input.applicationId, 'applicationId');
    checkId(input.assigneeId, 'assigneeId');
    const assignee = context.services.queries.accountById(input.assigneeId);
    await commandAssignment(context, {
      type: 'AssignFeedback',
      data: {
        applicationId: input.applicationId,
        assigneeId: input.assigneeId,
        assignee: { role: assignee?.role ?? null, agencyId: assignee?.agencyId ?? null },
        expectedAssigneeId: input.expectedAssigneeId ?? null,
        actorId: viewer.accountId,
        staffAgencyId: viewer.agencyId,
        now: context.now.toISOString(),
      },
    });
    return answerRequest(context, input.applicationId);
  }

  @Authorized('STAFF')
  @Mutation(() => FeedbackRequest, {
    description: 'Staff of the agency the request went to: takes a waiting feedback request back from whoever holds it.',
  })
  async unassignFeedbackRequest(
    @Arg('applicationId', () => ID, { description: 'The application the feedback was requested on.' }) applicationId: string,
    @Arg('expectedAssigneeId', () => ID, {
      description: 'Who the sender saw holding it; if someone else holds it by now, CONFLICT names who, and nothing changes.',
    })
    expectedAssigneeId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<FeedbackQueueItem> {
    const viewer = signedIn(context);
    checkId(applicationId, 'applicationId');
    checkId(expectedAssigneeId, 'expectedAssigneeId');
    await commandAssignment(context, {
      type: 'UnassignFeedback',
      data: { applicationId, expectedAssigneeId, actorId: viewer.accountId, staffAgencyId: viewer.agencyId, now: context.now.toISOString() },
    });
    return answerRequest(context, applicationId);
  }
}
