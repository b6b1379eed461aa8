import { errors, jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '@pivotal/domain';
import type { ViewerIdentity } from './viewer-identity';

/** Issues and verifies the bearer tokens (JWT, HS256) that carry a viewer. */
export interface TokenService {
  issue(viewer: ViewerIdentity): Promise<string>;
  /** The viewer of a valid, unexpired token; null for anything else. */
  verify(token: string): Promise<ViewerIdentity | null>;
}

const ISSUER = 'pivotal';
// Verified tokens, remembered until they expire: verifying an HMAC on every request is measurable.
const CACHE_LIMIT = 10_000;

export const createTokenService = (secret: Uint8Array, options: { ttlSeconds: number }): TokenService => {
  const verified = new Map<string, { viewer: ViewerIdentity; expiresAtMs: number }>();
  return {
    issue: (viewer) =>
      new SignJWT({ email: viewer.email, role: viewer.role, agencyId: viewer.agencyId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(viewer.accountId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + options.ttlSeconds)
        .sign(secret),
    verify: async (token) => {
      const cached = verified.get(token);
      if (cached) {
        if (cached.expiresAtMs > Date.now()) return cached.viewer;
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
        const { sub, email, role, agencyId, exp } = payload;
        if (typeof sub !== 'string' || typeof email !== 'string' || !ROLES.includes(role as Role)) return null;
        const viewer: ViewerIdentity = {
          accountId: sub,
          email,
          role: role as Role,
          agencyId: typeof agencyId === 'string' ? agencyId : null,
        };
        if (verified.size >= CACHE_LIMIT) verified.clear();
        verified.set(token, { viewer, expiresAtMs: (exp ?? 0) * 1000 });
        return viewer;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
};
