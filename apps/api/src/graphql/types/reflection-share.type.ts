import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ReflectionShare', {
  description:
    'How much of the feedback received was read after a reflection: the candidate wrote what they expected first.',
})
export class ReflectionShare {
  @Field(() => Int, { description: 'Critiques received on the applications of the range.' })
  feedbackReceived!: number;

  @Field(() => Int, {
    description: 'Of those, how many had a reflection written before their points were read.',
  })
  reflected!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'reflected / feedbackReceived, 0 to 1; null when no feedback was received.',
  })
  share!: number | null;
}
