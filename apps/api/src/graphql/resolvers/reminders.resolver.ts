import { candidateDecider, streams } from '@pivotal/domain';
import { MAX_REMINDERS, type ReminderView } from '@pivotal/projections';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { calendarPath } from '../../calendar/calendar-token';
import { runCommand } from '../../commands/run-command';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput, forbidden } from '../errors';
import { Reminder } from '../types/reminder.type';

/** The candidate's feed URL at the version the read models have now. */
const calendarUrlOf = (context: GraphQLContext, candidateId: string): string => {
  if (!context.origin) {
    throw new GraphQLError('the api does not know its own address: set PIVOTAL_PUBLIC_URL', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
  const version = context.services.queries.calendarFeedVersion(candidateId);
  if (version === null) throw forbidden('this calendar feed was revoked for good');
  return `${context.origin}${calendarPath(context.services.calendarKey, candidateId, version)}`;
};

/** What the candidate has to do next, and the private calendar feed of it. */
@Resolver()
export class RemindersResolver {
  @Authorized('CANDIDATE')
  @Query(() => [Reminder], {
    description:
      'Candidate: its follow-ups (of applications not withdrawn) and interviews to come, soonest first, overdue ones marked.',
  })
  reminders(
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 50,
      description: `How many, 0 to ${MAX_REMINDERS}.`,
    })
    first: number | null,
    @Ctx() context: GraphQLContext,
  ): ReminderView[] {
    const { accountId } = signedIn(context);
    const count = first ?? 50;
    if (count < 0 || count > MAX_REMINDERS) throw badUserInput('first', `must be 0 to ${MAX_REMINDERS}`);
    return context.services.queries.remindersOfCandidate({
      candidateId: accountId,
      now: context.now,
      first: count,
    });
  }

  @Authorized('CANDIDATE')
  @Query(() => String, {
    description:
      'Candidate: the private URL of its iCalendar (RFC 5545) feed of interviews and follow-ups, for Google Calendar, ' +
      'Outlook or Apple Calendar to subscribe to. Whoever has the URL can read the feed: resetCalendarUrl revokes it.',
  })
  calendarUrl(@Ctx() context: GraphQLContext): string {
    return calendarUrlOf(context, signedIn(context).accountId);
  }

  @Authorized('CANDIDATE')
  @Mutation(() => String, {
    description:
      'Candidate: revokes its calendar feed URL (the old one answers 404 from now on) and answers the new one.',
  })
  async resetCalendarUrl(@Ctx() context: GraphQLContext): Promise<string> {
    const { accountId } = signedIn(context);
    await runCommand(
      context.services,
      candidateDecider,
      streams.candidate(accountId),
      {
        type: 'ResetCalendarFeed',
        data: { candidateId: accountId, actorId: accountId, now: context.now.toISOString() },
      },
      { actorId: accountId, now: context.now, correlationId: context.requestId },
    );
    return calendarUrlOf(context, accountId);
  }
}
