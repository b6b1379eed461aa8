import { ERASED } from '@pivotal/domain';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Candidate } from '../types/candidate.type';

@Resolver(() => Candidate)
export class CandidateErasedResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the candidate was erased: their name then reads "erased candidate", and nothing they wrote is kept.',
  })
  erased(@Root() candidate: Candidate): boolean {
    // An erasure blanks the email to ERASED, which no live candidate's email can be.
    return candidate.email === ERASED;
  }
}
