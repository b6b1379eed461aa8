import { TEXT_LIMITS } from '@pivotal/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType('ReflectionInput', {
  description: 'What the candidate expects of the feedback that arrived, before reading it.',
})
export class ReflectionInput {
  @MaxLength(100)
  @Field(() => ID, { description: 'The application whose feedback arrived.' })
  applicationId!: string;

  @MaxLength(TEXT_LIMITS.reflection)
  @Field(() => String, {
    description: `The candidate\u2019s own words (1 to ${TEXT_LIMITS.reflection} characters).`,
  })
  text!: string;
}
