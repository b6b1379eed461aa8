import type { ViewerIdentity } from '../auth/viewer-identity';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';

/** The signed-in viewer, or UNAUTHENTICATED. */
export const signedIn = (context: GraphQLContext): ViewerIdentity => {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
};

/** A candidate sees itself; staff see the candidates of their own agency; analysts see none. */
export const maySeeCandidate = (viewer: ViewerIdentity, candidate: { id: string; agencyId: string | null }): boolean =>
  viewer.role === 'CANDIDATE'
    ? candidate.id === viewer.accountId
    : viewer.role === 'STAFF' && viewer.agencyId !== null && candidate.agencyId === viewer.agencyId;

/** Staff of an agency; FORBIDDEN for staff without one. */
export const staffAgency = (viewer: ViewerIdentity): string => {
  if (!viewer.agencyId) throw forbidden('this staff account belongs to no agency');
  return viewer.agencyId;
};
