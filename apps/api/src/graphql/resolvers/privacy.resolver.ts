import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { buildDataExport } from '../../accounts/data-export';
import { createErasureService } from '../../accounts/erasure-service';
import { signedIn } from '../access';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { checkId } from '../ids';
import { PASSWORD_LENGTH } from '../inputs/sign-up.input';
import { DataExport } from '../types/data-export.type';

/** A person's rights over their data: a copy of it, and its erasure. */
@Resolver()
export class PrivacyResolver {
  @Authorized()
  @Query(() => DataExport, { description: 'Any signed-in person: every fact Pivotal holds about them, and only them.' })
  async myDataExport(@Ctx() context: GraphQLContext): Promise<DataExport> {
    const viewer = signedIn(context);
    return { json: await buildDataExport(context.services, viewer, context.now), generatedAt: context.now.toISOString() };
  }

  @Authorized('CANDIDATE')
  @Mutation(() => Boolean, {
    description:
      'Candidate: erases their account for good (crypto-shredded). Their words are unreadable from then on, they can no longer sign in, every token they hold is refused, and their email is free; the agency keeps anonymous counts. Answers true. Wrong passwords are throttled like failed logins (RATE_LIMITED).',
  })
  async eraseMyAccount(
    @Arg('password', () => String, { description: 'Their password, asked again.' }) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<boolean> {
    if (password.length > PASSWORD_LENGTH.max) throw badUserInput('password', `must be at most ${PASSWORD_LENGTH.max} characters`);
    const viewer = signedIn(context);
    // A password typed again is a sign-in attempt: wrong ones count against the same budget as logins.
    await context.services.throttle.login(viewer.email, context.clientAddress, () =>
      createErasureService(context.services).eraseMyAccount(viewer, password, {
        now: context.now,
        correlationId: context.requestId,
      }),
    );
    return true;
  }

  @Authorized('STAFF')
  @Mutation(() => Boolean, {
    description:
      'Staff of the candidate agency: erases a candidate for good, recorded with who erased and why (the reason is kept; write no personal data in it). Answers true.',
  })
  async eraseCandidate(
    @Arg('candidateId', () => ID, { description: 'The candidate to erase.' }) candidateId: string,
    @Arg('reason', () => String, { description: 'Why, e.g. "asked by letter of 3 December".' }) reason: string,
    @Ctx() context: GraphQLContext,
  ): Promise<boolean> {
    checkId(candidateId, 'candidateId');
    await createErasureService(context.services).eraseCandidate(signedIn(context), candidateId, reason, {
      now: context.now,
      correlationId: context.requestId,
    });
    return true;
  }
}
