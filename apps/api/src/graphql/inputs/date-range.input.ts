import { Field, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@InputType('DateRange', { description: 'A range of instants; either end may be left open.' })
export class DateRange {
  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant, inclusive.' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Up to this instant, exclusive.' })
  to?: string | null;
}
