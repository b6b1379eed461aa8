import { Field, ID, ObjectType } from 'type-graphql';
import type { ApplicationStatus, FeedbackStatus } from '@pivotal/domain';
import { ApplicationStatusEnum, FeedbackStatusEnum } from '../enums';
import { DateTimeScalar } from '../scalars/date-time.scalar';

@ObjectType('Application', { description: 'One job application of a candidate, with its outcome so far.' })
export class Application {
  @Field(() => ID, { description: 'The application id.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the candidate who applied.' })
  candidateId!: string;

  @Field(() => String, { description: 'The employer.' })
  company!: string;

  @Field(() => String, { description: 'The job applied for.' })
  role!: string;

  @Field(() => ApplicationStatusEnum, { description: 'Where the application stands now.' })
  status!: ApplicationStatus;

  @Field(() => FeedbackStatusEnum, { description: 'Where the feedback on it stands.' })
  feedbackStatus!: FeedbackStatus;

  @Field(() => DateTimeScalar, { description: 'When the candidate applied.' })
  appliedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the employer rejected it, if they did.' })
  rejectedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the candidate asked for feedback, if they did.' })
  feedbackRequestedAt!: string | null;
}
