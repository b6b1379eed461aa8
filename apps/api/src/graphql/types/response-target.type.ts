import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ResponseTarget', { description: 'The agency promise: each feedback request answered within so many working days.' })
export class ResponseTarget {
  @Field(() => Int, { description: 'Working days (Monday to Friday, UTC) from a request to its answer.' })
  workingDays!: number;
}

@ObjectType('TargetMonth', { description: 'One month of feedback requests measured against the response target.' })
export class TargetMonth {
  @Field(() => String, { description: 'The month the requests were made in, as YYYY-MM (UTC).' })
  month!: string;

  @Field(() => Int, {
    description: 'Requests of the month whose outcome is known: answered (received or declined), or still waiting past their due time.',
  })
  requests!: number;

  @Field(() => Int, { description: 'Of those, the ones answered by their due time.' })
  withinTarget!: number;

  @Field(() => Float, { nullable: true, description: 'withinTarget / requests, from 0 to 1; null for a month with none.' })
  share!: number | null;
}
