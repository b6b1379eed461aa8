import { agencyDecider, streams } from '@pivotal/domain';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { runCommand } from '../../commands/run-command';
import { signedIn, staffAgency } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { DateRange } from '../inputs/date-range.input';
import { Analytics } from '../types/analytics.type';
import { FeedbackWorkload, type StaffWorkload } from '../types/feedback-workload.type';
import { ResponseTarget, TargetMonth } from '../types/response-target.type';

/** How the agency shares its queue, and the promise it keeps on response time. */
@Resolver(() => Analytics)
export class FeedbackWorkloadResolver {
  @Authorized('STAFF')
  @Query(() => FeedbackWorkload, {
    description: 'Staff: the waiting feedback requests each staff member of their agency holds, and the oldest of each.',
  })
  feedbackWorkload(@Ctx() context: GraphQLContext): FeedbackWorkload {
    const agencyId = staffAgency(signedIn(context));
    const { queries } = context.services;
    const held = new Map(queries.feedbackWorkload(agencyId).map((w) => [w.assigneeId, w]));
    const members = queries.staffOfAgency(agencyId).filter((m) => m.role === 'STAFF');
    const accounts = queries.accountsByIds(members.map((m) => m.accountId));
    const staff = members
      .map((member, i): StaffWorkload => {
        const load = held.get(member.accountId);
        return {
          staffMember: { id: member.accountId, name: accounts[i]?.name ?? member.accountId },
          openRequests: load?.open ?? 0,
          oldestRequestedAt: load?.oldestRequestedAt ?? null,
        };
      })
      .sort((a, b) => b.openRequests - a.openRequests || a.staffMember.name.localeCompare(b.staffMember.name));
    const unassigned = held.get(null);
    return { staff, unassignedRequests: unassigned?.open ?? 0, oldestUnassignedAt: unassigned?.oldestRequestedAt ?? null };
  }

  @Authorized('STAFF', 'ANALYST')
  @Query(() => ResponseTarget, {
    nullable: true,
    description: 'Staff and analysts: their agency response-time target; null until staff set one.',
  })
  responseTarget(@Ctx() context: GraphQLContext): ResponseTarget | null {
    const workingDays = context.services.queries.responseTargetDays(staffAgency(signedIn(context)));
    return workingDays === null ? null : { workingDays };
  }

  @Authorized('STAFF')
  @Mutation(() => ResponseTarget, {
    description: 'Staff: sets (or changes) their agency response-time target; the queue dates every waiting request by it.',
  })
  async setResponseTarget(
    @Arg('workingDays', () => Int, { description: 'Working days (Monday to Friday), 1 to 60.' }) workingDays: number,
    @Ctx() context: GraphQLContext,
  ): Promise<ResponseTarget> {
    const viewer = signedIn(context);
    const agencyId = staffAgency(viewer);
    await runCommand(
      context.services,
      agencyDecider,
      streams.agency(agencyId),
      { type: 'SetResponseTarget', data: { agencyId, workingDays, actorId: viewer.accountId, now: context.now.toISOString() } },
      { actorId: viewer.accountId, now: context.now, correlationId: context.requestId },
    );
    return { workingDays: context.services.queries.responseTargetDays(agencyId) ?? workingDays };
  }

  @FieldResolver(() => [TargetMonth], {
    description:
      'Per month of request, the share of feedback requests answered within the agency response target; empty while it has none.',
  })
  answeredWithinTarget(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, { nullable: true, description: 'Requests made in this range; all time when absent.' })
    range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): TargetMonth[] {
    if (range?.from && range.to && range.from > range.to) throw badUserInput('range', 'from must not be after to');
    return context.services.queries.answeredWithinTarget({
      agencyId: analytics.agencyId,
      from: range?.from ?? null,
      to: range?.to ?? null,
      now: context.now,
    });
  }
}
