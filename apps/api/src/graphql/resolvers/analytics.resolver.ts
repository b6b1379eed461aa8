import type { AgencyAnalytics } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { signedIn, staffAgency } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { DateRange } from '../inputs/date-range.input';
import { Analytics, Distribution, Funnel, GoalImpact, ThemeCount } from '../types/analytics.type';

/** The agency's figures over a range, computed once per request and range however many fields ask. */
const figures = (context: GraphQLContext, analytics: Analytics, range: DateRange | null | undefined) => {
  if (range?.from && range.to && range.from > range.to) throw badUserInput('range', 'from must not be after to');
  const key = JSON.stringify({ agencyId: analytics.agencyId, from: range?.from ?? undefined, to: range?.to ?? undefined });
  return context.loaders.analytics.load(key);
};

const rangeArg = { nullable: true, description: 'Applications applied in this range; all time when absent.' } as const;

@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Authorized('STAFF', 'ANALYST')
  @Query(() => Analytics, { description: 'Staff and analysts: aggregates of their agency; no names, no emails.' })
  analytics(@Ctx() context: GraphQLContext): Analytics {
    return { agencyId: staffAgency(signedIn(context)) };
  }

  @FieldResolver(() => Funnel, { description: 'How many applications reached each step.' })
  async funnel(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, rangeArg) range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<AgencyAnalytics['funnel']> {
    return (await figures(context, analytics, range)).funnel;
  }

  @FieldResolver(() => Distribution, { description: 'Hours from a feedback request to the feedback.' })
  async timeToFeedback(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, rangeArg) range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<Distribution> {
    const { count, p50Hours, p90Hours, histogram } = (await figures(context, analytics, range)).timeToFeedback;
    return { count, p50Hours, p90Hours, buckets: histogram };
  }

  @FieldResolver(() => [ThemeCount], { description: 'Feedback points per theme and polarity.' })
  async feedbackThemes(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, rangeArg) range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<ThemeCount[]> {
    return (await figures(context, analytics, range)).themes;
  }

  @FieldResolver(() => GoalImpact, { description: 'Offer rates before and after candidates complete their first goal.' })
  async goalImpact(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, rangeArg) range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<GoalImpact> {
    return (await figures(context, analytics, range)).goalImpact;
  }
}
