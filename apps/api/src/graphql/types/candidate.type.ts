import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { CandidateStats } from './candidate-stats.type';

@ObjectType('Candidate', { description: 'A job seeker, with their applications, goals and progress.' })
export class Candidate {
  @Field(() => ID, { description: 'The candidate id (the id of their account).' })
  id!: string;

  @Authorized('CANDIDATE', 'STAFF')
  @Field(() => String, { description: 'The candidate name. Never shown to analysts.' })
  name!: string;

  @Authorized('CANDIDATE', 'STAFF')
  @Field(() => String, { description: 'The candidate email. Never shown to analysts.' })
  email!: string;

  @Field(() => ID, { nullable: true, description: 'The agency the candidate joined, if any.' })
  agencyId!: string | null;

  @Field(() => CandidateStats, { description: 'Progress in numbers, all time.' })
  stats!: CandidateStats;
}
