import { MAX_FEEDBACK_POINTS, TEXT_LIMITS, type FeedbackTheme } from '@pivotal/domain';
import { IsInt, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FeedbackThemeEnum } from '../enums';

@InputType('SetGoalInput', {
  description: 'An improvement goal: from a point of feedback (feedbackId and pointIndex), or on a theme of its own.',
})
export class SetGoalInput {
  @MaxLength(100)
  @Field(() => ID, { nullable: true, description: 'The critique the goal comes from.' })
  feedbackId?: string | null;

  @IsInt()
  @Min(0)
  @Max(MAX_FEEDBACK_POINTS - 1)
  @Field(() => Int, { nullable: true, description: 'The index of its IMPROVEMENT point the goal comes from.' })
  pointIndex?: number | null;

  @Field(() => FeedbackThemeEnum, { nullable: true, description: 'The theme, for a goal not made from feedback.' })
  theme?: FeedbackTheme | null;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.title)
  @Field(() => String, { description: 'The goal in the candidate words.' })
  title!: string;
}
