import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FeedbackTheme, GoalStatus } from '@pivotal/domain';
import { FeedbackThemeEnum, GoalStatusEnum } from '../enums';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('Goal', { description: 'An improvement goal of a candidate, usually set from a point of feedback.' })
export class Goal {
  @Field(() => ID, { description: 'The goal id.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate whose goal it is.' })
  candidateId!: string;

  @Field(() => FeedbackThemeEnum, { description: 'What it improves.' })
  theme!: FeedbackTheme;

  @Field(() => String, { description: 'The goal in the candidate words.' })
  title!: string;

  @Field(() => GoalStatusEnum, { description: 'Open, completed or abandoned.' })
  status!: GoalStatus;

  @Field(() => DateTimeScalar, { description: 'When it was set.' })
  setAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was completed, if it was.' })
  completedAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The critique it came from, if any.' })
  fromFeedbackId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The index of the point of that critique it came from, if any.' })
  pointIndex!: number | null;
}
