import { TEXT_LIMITS } from '@pivotal/domain';
import { MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('ScheduleInterviewInput', { description: 'An interview to come.' })
export class ScheduleInterviewInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;

  @Field(() => DateTimeScalar, { description: 'When it will take place (at most a year ahead).' })
  scheduledFor!: string;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.stage)
  @Field(() => String, { description: 'The stage: phone screen, technical, final, …' })
  stage!: string;
}
