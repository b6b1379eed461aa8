import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { Candidate } from '../types/candidate.type';
import { Viewer } from '../types/viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'The signed-in account.' })
  me(@Ctx() context: GraphQLContext): Viewer {
    const { accountId, email, role, agencyId } = signedIn(context);
    return { id: accountId, email, role, agencyId };
  }

  @FieldResolver(() => Candidate, { nullable: true, description: 'The candidate behind the account, for a candidate.' })
  async candidate(@Root() viewer: Viewer, @Ctx() context: GraphQLContext) {
    return viewer.role === 'CANDIDATE' ? context.loaders.candidate.load(viewer.id) : null;
  }
}
