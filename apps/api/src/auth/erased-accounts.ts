import type { TokenService } from './tokens';

/**
 * Tokens of an erased account are refused from the moment the erasure is projected (the erasure
 * answers only after that), however long they had left to live: a token names its account, and
 * the read models know who was erased.
 */
export const refuseErasedAccounts = (tokens: TokenService, erased: { isErased(accountId: string): boolean }): TokenService => ({
  issue: (viewer) => tokens.issue(viewer),
  verify: async (token) => {
    const viewer = await tokens.verify(token);
    return viewer && !erased.isErased(viewer.accountId) ? viewer : null;
  },
});
