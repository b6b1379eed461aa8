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

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last interview of the application took place, if any.' })
  lastInterviewAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who holds it; null while unassigned.' })
  assigneeId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last assigned; null while unassigned.' })
  assignedAt!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the agency response target falls due for it; null while the agency has no target.',
  })
  dueAt!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Hours from now until dueAt, negative once overdue; null while the agency has no target.',
  })
  hoursUntilDue!: number | null;
}
