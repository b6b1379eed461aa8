import { graphql } from '../../graphql';

/** Staff erase a candidate of their agency, saying why. */
export const EraseCandidateMutation = graphql(`
  mutation EraseCandidate($candidateId: ID!, $reason: String!) {
    eraseCandidate(candidateId: $candidateId, reason: $reason)
  }
`);
