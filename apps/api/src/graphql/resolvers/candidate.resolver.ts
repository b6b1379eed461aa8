import type { ApplicationStatus, GoalStatus } from '@pivotal/domain';
import type { CandidateProfile } from '@pivotal/projections';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { maySeeCandidate, signedIn, staffAgency } from '../access';
import type { GraphQLContext } from '../context';
import { checkId } from '../ids';
import { ApplicationStatusEnum, GoalStatusEnum } from '../enums';
import { badUserInput, forbidden } from '../errors';
import { pageArgs, readPage } from '../paging';
import { Application } from '../types/application.type';
import { Candidate } from '../types/candidate.type';
import { CandidateConnection } from '../types/connections.type';
import { Goal } from '../types/goal.type';

@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized('CANDIDATE', 'STAFF')
  @Query(() => Candidate, {
    nullable: true,
    description: 'A candidate: a candidate may ask for itself only; staff for the candidates of their agency.',
  })
  async candidate(
    @Arg('id', () => ID, { description: 'The candidate id.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CandidateProfile | null> {
    const viewer = signedIn(context);
    checkId(id, 'id');
    if (viewer.role === 'CANDIDATE' && id !== viewer.accountId) throw forbidden('a candidate sees only itself');
    const candidate = await context.loaders.candidate.load(id);
    if (candidate && !maySeeCandidate(viewer, candidate)) throw forbidden('this candidate belongs to another agency');
    return candidate;
  }

  @Authorized('STAFF')
  @Query(() => CandidateConnection, { description: 'Staff: the candidates of their agency, by name.' })
  candidates(
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or an email, any case.' })
    search: string | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ): CandidateConnection {
    const agencyId = staffAgency(signedIn(context));
    if (search && search.length > 200) throw badUserInput('search', 'must be at most 200 characters');
    const page = pageArgs(first, after);
    return readPage(() => context.services.queries.candidatesOfAgency({ agencyId, search, ...page, now: context.now }));
  }

  @FieldResolver(() => [Application], { description: 'The candidate applications, most recent first.' })
  async applications(
    @Root() candidate: Candidate,
    @Arg('status', () => ApplicationStatusEnum, { nullable: true, description: 'Only those in this status.' })
    status: ApplicationStatus | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const applications = await context.loaders.applicationsOfCandidate.load(candidate.id);
    return status ? applications.filter((application) => application.status === status) : applications;
  }

  @FieldResolver(() => [Goal], { description: 'The candidate improvement goals, most recent first.' })
  async goals(
    @Root() candidate: Candidate,
    @Arg('status', () => GoalStatusEnum, { nullable: true, description: 'Only those in this status.' })
    status: GoalStatus | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    const goals = await context.loaders.goalsOfCandidate.load(candidate.id);
    return status ? goals.filter((goal) => goal.status === status) : goals;
  }
}
