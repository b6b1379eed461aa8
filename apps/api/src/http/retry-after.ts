import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context';

/** The seconds of the longest RATE_LIMITED wait among a response's errors, or null. */
const retryAfterOf = (
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
): number | null => {
  let longest: number | null = null;
  for (const error of errors ?? []) {
    const seconds = error.extensions?.['retryAfter'];
    if (error.extensions?.['code'] === 'RATE_LIMITED' && typeof seconds === 'number')
      longest = Math.max(longest ?? 0, seconds);
  }
  return longest;
};

/** A throttled answer also says its wait the HTTP way, in a `Retry-After` header (websockets have only the error's `retryAfter`). */
export const retryAfterHeader: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const seconds = retryAfterOf(errors);
        if (seconds !== null) response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};
