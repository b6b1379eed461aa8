import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('FeedbackRequest', { description: 'A request for feedback that staff have not answered yet.' })
export class FeedbackRequest {
  @Field(() => ID, { description: 'The application the feedback is asked on.' })
  applicationId!: string;

  @Field(() => ID, { description: 'The candidate who asked.' })
  candidateId!: string;

  @Field(() => DateTimeScalar, { description: 'When the candidate asked.' })
  requestedAt!: string;

  @Field(() => Float, { description: 'Hours waited so far.' })
  waitingHours!: number;
}
