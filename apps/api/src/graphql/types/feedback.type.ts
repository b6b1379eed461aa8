import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import type { Recommendation } from '@pivotal/domain';
import { RecommendationEnum } from '../enums';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { FeedbackPoint } from './feedback-point.type';

@ObjectType('Feedback', { description: 'A structured critique of an application, recorded by agency staff.' })
export class Feedback {
  @Field(() => ID, { description: 'The feedback id.' })
  id!: string;

  @Field(() => ID, { description: 'The application it is about.' })
  applicationId!: string;

  @Field(() => ID, { description: 'The candidate it is for.' })
  candidateId!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  receivedAt!: string;

  @Field(() => ID, { description: 'The staff account that recorded it.' })
  recordedBy!: string;

  @Authorized('CANDIDATE', 'STAFF')
  @Field(() => String, { description: 'The critique in a few sentences. Never shown to analysts.' })
  summary!: string;

  @Field(() => RecommendationEnum, { nullable: true, description: 'The overall recommendation, when one was given.' })
  recommendation!: Recommendation | null;

  @Field(() => [FeedbackPoint], { description: 'Its points, in order.' })
  points!: FeedbackPoint[];
}
