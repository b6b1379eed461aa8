import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { FeedbackTheme, Polarity } from '@pivotal/domain';
import { FeedbackThemeEnum, PolarityEnum } from '../enums';

@ObjectType('Funnel', { description: 'How many applications reached each step, over a date range.' })
export class Funnel {
  @Field(() => Int, { description: 'Applications made.' })
  applied!: number;

  @Field(() => Int, { description: 'Applications that reached an interview.' })
  interviewed!: number;

  @Field(() => Int, { description: 'Applications rejected.' })
  rejected!: number;

  @Field(() => Int, { description: 'Offers received.' })
  offers!: number;

  @Field(() => Int, { description: 'Feedback requests made.' })
  feedbackRequested!: number;

  @Field(() => Int, { description: 'Critiques received.' })
  feedbackReceived!: number;
}

@ObjectType('Bucket', { description: 'One bar of a histogram.' })
export class Bucket {
  @Field(() => Float, {
    nullable: true,
    description: 'The upper bound of the bar, in hours (inclusive); null for the last bar, which has none ("and more").',
  })
  upToHours!: number | null;

  @Field(() => Int, { description: 'How many fall in it.' })
  count!: number;
}

@ObjectType('Distribution', { description: 'A distribution of durations in hours: count, percentiles, histogram.' })
export class Distribution {
  @Field(() => Int, { description: 'How many durations.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'The median, in hours; null when there are none.' })
  p50Hours!: number | null;

  @Field(() => Float, { nullable: true, description: 'The 90th percentile, in hours; null when there are none.' })
  p90Hours!: number | null;

  @Field(() => [Bucket], { description: 'The histogram, by increasing upper bound.' })
  buckets!: Bucket[];
}

@ObjectType('ThemeCount', { description: 'How many feedback points had one theme and polarity.' })
export class ThemeCount {
  @Field(() => FeedbackThemeEnum, { description: 'The theme.' })
  theme!: FeedbackTheme;

  @Field(() => PolarityEnum, { description: 'The polarity.' })
  polarity!: Polarity;

  @Field(() => Int, { description: 'How many points.' })
  count!: number;
}

@ObjectType('GoalImpact', { description: 'Whether completing goals goes with more offers.' })
export class GoalImpact {
  @Field(() => Int, { description: 'Candidates who completed at least one goal.' })
  candidatesWithCompletedGoals!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Offers per interviewed application, before each candidate first completed goal; null without data.',
  })
  offerRateBeforeGoals!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Offers per interviewed application made after each candidate first completed goal; null without data.',
  })
  offerRateAfterGoals!: number | null;
}

@ObjectType('Analytics', {
  description: 'Aggregates only: no names, no emails. Staff and analysts see their own agency figures.',
})
export class Analytics {
  @Field(() => ID, { description: 'The agency the figures are about.' })
  agencyId!: string;
}
