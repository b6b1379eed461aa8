import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import type { FeedbackTheme, Polarity } from '@pivotal/domain';
import { FeedbackThemeEnum, PolarityEnum } from '../enums';

@ObjectType('FeedbackPoint', { description: 'One point of a critique: a theme, a polarity and a note.' })
export class FeedbackPoint {
  @Field(() => Int, { description: 'Its position in the critique, from 0; a goal names its point by it.' })
  index!: number;

  @Field(() => FeedbackThemeEnum, { description: 'What the point is about.' })
  theme!: FeedbackTheme;

  @Field(() => PolarityEnum, { description: 'A strength, or something to improve.' })
  polarity!: Polarity;

  @Authorized('CANDIDATE', 'STAFF')
  @Field(() => String, { description: 'The point in words. Never shown to analysts.' })
  note!: string;
}
