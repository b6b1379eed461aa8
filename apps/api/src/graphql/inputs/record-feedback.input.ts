import { MAX_FEEDBACK_POINTS, TEXT_LIMITS, type FeedbackTheme, type Polarity, type Recommendation } from '@pivotal/domain';
import { ArrayMaxSize, ArrayMinSize, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FeedbackThemeEnum, PolarityEnum, RecommendationEnum } from '../enums';

@InputType('FeedbackPointInput', { description: 'One point of a critique.' })
export class FeedbackPointInput {
  @Field(() => FeedbackThemeEnum, { description: 'What it is about.' })
  theme!: FeedbackTheme;

  @Field(() => PolarityEnum, { description: 'A strength, or something to improve.' })
  polarity!: Polarity;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.pointNote)
  @Field(() => String, { description: 'The point in words.' })
  note!: string;
}

@InputType('RecordFeedbackInput', { description: 'A critique for a requested feedback.' })
export class RecordFeedbackInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application the feedback was requested on.' })
  applicationId!: string;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.summary)
  @Field(() => String, { description: 'The critique in a few sentences.' })
  summary!: string;

  @Field(() => RecommendationEnum, { nullable: true, description: 'The overall recommendation, if any.' })
  recommendation?: Recommendation | null;

  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FEEDBACK_POINTS)
  @ValidateNested()
  @Field(() => [FeedbackPointInput], { description: `Its points, 1 to ${MAX_FEEDBACK_POINTS}.` })
  points!: FeedbackPointInput[];

  @MaxLength(200)
  @Field(() => String, { nullable: true, description: 'Any unique text; the same key sent again records once.' })
  idempotencyKey?: string | null;
}
