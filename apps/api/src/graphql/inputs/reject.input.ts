import { TEXT_LIMITS } from '@pivotal/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('RejectInput', { description: 'The employer no.' })
export class RejectInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the no came; now when absent.' })
  rejectedAt?: string | null;

  @MaxLength(TEXT_LIMITS.reason)
  @Field(() => String, { nullable: true, description: 'The reason given, if any.' })
  reason?: string | null;
}
