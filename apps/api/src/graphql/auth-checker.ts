import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '@pivotal/domain';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * `@Authorized(...roles)`: refuses an anonymous request with UNAUTHENTICATED and a signed-in
 * account of another role with FORBIDDEN. Which rows an account may see is the resolvers' job.
 */
export const authChecker: AuthCheckerFn<GraphQLContext, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden(`not allowed for ${viewer.role.toLowerCase()} accounts`);
  return true;
};
