import { TEXT_LIMITS } from '@pivotal/domain';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('ApplyInput', { description: 'A job application to log.' })
export class ApplyInput {
  @IsUUID(undefined, { message: 'must be a UUID' })
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client, to know the id up front; generated when absent.' })
  id?: string | null;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.company)
  @Field(() => String, { description: 'The employer.' })
  company!: string;

  @MinLength(1)
  @MaxLength(TEXT_LIMITS.role)
  @Field(() => String, { description: 'The job.' })
  role!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the candidate applied; now when absent.' })
  appliedAt?: string | null;

  @MaxLength(TEXT_LIMITS.jobUrl)
  @Field(() => String, { nullable: true, description: 'The job ad: an http:// or https:// address.' })
  jobUrl?: string | null;

  @MaxLength(TEXT_LIMITS.location)
  @Field(() => String, { nullable: true, description: 'Where the job is (a city, remote, …).' })
  location?: string | null;

  @MaxLength(TEXT_LIMITS.notes)
  @Field(() => String, { nullable: true, description: 'The candidate’s own notes on the application.' })
  notes?: string | null;

  @MaxLength(200)
  @Field(() => String, {
    nullable: true,
    description: 'Any unique text; the same key sent again logs the application once and answers it again.',
  })
  idempotencyKey?: string | null;
}
