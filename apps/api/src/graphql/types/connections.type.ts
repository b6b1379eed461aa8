import { Field, Int, ObjectType } from 'type-graphql';
import { Candidate } from './candidate.type';
import { FeedbackRequest } from './feedback-request.type';

@ObjectType('FeedbackRequestConnection', { description: 'A page of the feedback queue, oldest request first.' })
export class FeedbackRequestConnection {
  @Field(() => [FeedbackRequest], { description: 'The requests of this page.' })
  nodes!: FeedbackRequest[];

  @Field(() => Int, { description: 'Requests in the whole queue.' })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a next page exists.' })
  hasNextPage!: boolean;
}

@ObjectType('CandidateConnection', { description: 'A page of an agency candidates, by name.' })
export class CandidateConnection {
  @Field(() => [Candidate], { description: 'The candidates of this page.' })
  nodes!: Candidate[];

  @Field(() => Int, { description: 'Candidates matching in all.' })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a next page exists.' })
  hasNextPage!: boolean;
}
