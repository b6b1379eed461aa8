import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SignedIn } from '../../accounts/account-service';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { PASSWORD_LENGTH } from '../../abuse/password-policy';
import { SignUpInput } from '../inputs/sign-up.input';
import { AuthPayload } from '../types/auth-payload.type';

/** The answer of signing in; the rest of the request reads as the account it signed in. */
const payload = (context: GraphQLContext, { token, viewer }: SignedIn): AuthPayload => {
  context.viewer = viewer;
  return { token, viewer: { id: viewer.accountId, email: viewer.email, role: viewer.role, agencyId: viewer.agencyId } };
};

@Resolver()
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: 'Opens a candidate account; `agencyCode` joins that agency. Signs in. Throttled per email and per client address (RATE_LIMITED).' })
  async signUp(
    @Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AuthPayload> {
    const { accounts, throttle } = context.services;
    await throttle.signUp(input.email, context.clientAddress);
    return payload(context, await accounts.signUp(input, { now: context.now, correlationId: context.requestId }));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with an email and a password. Failed attempts are throttled per account and per client address (RATE_LIMITED).' })
  async login(
    @Arg('email', () => String, { description: 'The account email.' }) email: string,
    @Arg('password', () => String, { description: 'Its password.' }) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AuthPayload> {
    if (email.length > 254) throw badUserInput('email', 'must be at most 254 characters');
    if (password.length > PASSWORD_LENGTH.max) throw badUserInput('password', `must be at most ${PASSWORD_LENGTH.max} characters`);
    const { accounts, throttle } = context.services;
    return payload(context, await throttle.login(email, context.clientAddress, () => accounts.login(email, password)));
  }
}
