import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('Interview', { description: 'One interview of an application, scheduled or held.' })
export class Interview {
  @Field(() => ID, { description: 'The interview id.' })
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was scheduled for, if it was scheduled.' })
  scheduledFor!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it took place; null while it is only scheduled.' })
  occurredAt!: string | null;

  @Field(() => String, { description: 'The stage, in the employer words (phone screen, technical, final, …).' })
  stage!: string;

  @Field(() => Int, { nullable: true, description: 'How it went in the candidate own view, 1 (badly) to 5 (very well).' })
  selfRating!: number | null;

  @Authorized('CANDIDATE', 'STAFF')
  @Field(() => String, { nullable: true, description: 'The candidate notes. Never shown to analysts.' })
  notes!: string | null;
}
