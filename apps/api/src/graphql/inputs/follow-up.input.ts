import { TEXT_LIMITS } from '@pivotal/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('FollowUpInput', { description: 'When to follow an application up, and why.' })
export class FollowUpInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application.' })
  applicationId!: string;

  @Field(() => DateTimeScalar, {
    description: 'When to follow up (at most a year ahead; a past date shows as overdue).',
  })
  followUpAt!: string;

  @MaxLength(TEXT_LIMITS.notes)
  @Field(() => String, {
    nullable: true,
    description: `What to do then (at most ${TEXT_LIMITS.notes} characters).`,
  })
  note?: string | null;
}
