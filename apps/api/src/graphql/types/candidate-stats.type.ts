import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CandidateStats', { description: 'A candidate progress in numbers, all time.' })
export class CandidateStats {
  @Field(() => Int, { description: 'Applications made.' })
  applied!: number;

  @Field(() => Int, { description: 'Applications that reached at least one interview.' })
  interviewed!: number;

  @Field(() => Int, { description: 'Applications rejected.' })
  rejected!: number;

  @Field(() => Int, { description: 'Offers received.' })
  offers!: number;

  @Field(() => Int, { description: 'Critiques received from the agency.' })
  feedbackReceived!: number;

  @Field(() => Int, { description: 'Improvement goals completed.' })
  goalsCompleted!: number;

  @Field(() => Int, { description: 'Weeks in a row, up to this one, with some activity.' })
  streakWeeks!: number;
}
