import type { GraphQLContext } from './context';
import { conflict } from './errors';

/**
 * Staff may not write about an erased candidate (feedback, assignments): their applications take
 * no more changes. Candidates need no check: an erased candidate's tokens are refused.
 */
export const refuseErasedCandidate = (context: GraphQLContext, applicationId: string): void => {
  if (context.viewer?.role === 'CANDIDATE') return;
  const { queries } = context.services;
  const application = queries.applicationById(applicationId);
  if (application && queries.isErased(application.candidateId)) {
    throw conflict('this candidate was erased: their applications take no more changes');
  }
};
