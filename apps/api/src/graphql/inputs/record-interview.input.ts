import { SELF_RATING, TEXT_LIMITS } from '@pivotal/domain';
import { IsInt, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('RecordInterviewInput', { description: 'An interview that took place.' })
export class RecordInterviewInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;

  @MaxLength(100)
  @Field(() => ID, { nullable: true, description: 'The scheduled interview it was; a new interview when absent.' })
  interviewId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it took place; now when absent.' })
  occurredAt?: string | null;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.stage)
  @Field(() => String, { nullable: true, description: 'The stage; required for an interview that was not scheduled.' })
  stage?: string | null;

  @IsInt()
  @Min(SELF_RATING.min)
  @Max(SELF_RATING.max)
  @Field(() => Int, { nullable: true, description: 'How it went, 1 (badly) to 5 (very well).' })
  selfRating?: number | null;

  @MaxLength(TEXT_LIMITS.notes)
  @Field(() => String, { nullable: true, description: 'The candidate own notes.' })
  notes?: string | null;
}
