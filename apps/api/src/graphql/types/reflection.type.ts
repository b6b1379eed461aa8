import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('Reflection', {
  description:
    'What the candidate expected of a feedback, written after it arrived and before its points were shown.',
})
export class Reflection {
  @Field(() => String, { description: 'The candidate\u2019s own words.' })
  text!: string;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  writtenAt!: string;
}
