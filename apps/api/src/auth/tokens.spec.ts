import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenService } from './tokens';

const viewer = { accountId: 'a-1', email: 'ann@example.com', role: 'STAFF', agencyId: 'ag-1' } as const;

describe('bearer tokens', () => {
  it('given an issued token, when verified, then it answers the same viewer', async () => {
    const tokens = createTokenService(randomBytes(32), { ttlSeconds: 60 });
    expect(await tokens.verify(await tokens.issue(viewer))).toEqual(viewer);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await createTokenService(randomBytes(32), { ttlSeconds: 60 }).issue(viewer);
    expect(await createTokenService(randomBytes(32), { ttlSeconds: 60 }).verify(token)).toBeNull();
  });

  it('refuses an expired token', async () => {
    const tokens = createTokenService(randomBytes(32), { ttlSeconds: -10 });
    expect(await tokens.verify(await tokens.issue(viewer))).toBeNull();
  });

  it('refuses a token that is not one', async () => {
    const tokens = createTokenService(randomBytes(32), { ttlSeconds: 60 });
    expect(await tokens.verify('not.a.token')).toBeNull();
  });
});
