import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { DateRange } from '../inputs/date-range.input';
import { Analytics } from '../types/analytics.type';
import { ReflectionShare } from '../types/reflection-share.type';

@Resolver(() => Analytics)
export class AnalyticsReflectionResolver {
  @FieldResolver(() => ReflectionShare, {
    description:
      'The share of feedback read after a reflection: of the critiques received on the applications of the range, ' +
      'how many candidates first wrote what they expected. A count, never anyone\u2019s words.',
  })
  feedbackReadAfterReflection(
    @Root() analytics: Analytics,
    @Arg('range', () => DateRange, {
      nullable: true,
      description: 'Applications applied in this range; all time when absent.',
    })
    range: DateRange | null | undefined,
    @Ctx() context: GraphQLContext,
  ): ReflectionShare {
    if (range?.from && range.to && range.from > range.to)
      throw badUserInput('range', 'from must not be after to');
    return context.services.queries.reflectionShare({
      agencyId: analytics.agencyId,
      ...(range?.from ? { from: range.from } : {}),
      ...(range?.to ? { to: range.to } : {}),
    });
  }
}
