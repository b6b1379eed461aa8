import { afterAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, login, signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const DASHBOARD = '{ me { candidate { stats { applied feedbackReceived } goals { status } applications { feedbackStatus feedback { summary } } } } }';

let second: TestServer | undefined;
afterAll(() => second?.close({ removeData: true }));

describe('a restart on the same data dir', () => {
  it('keeps accounts, tokens, events and read models', async () => {
    const first = await startTestServer();
    const { staff } = await createAgency(first, 'KEEP');
    const candidate = await signUpCandidate(first, 'ida@keep.test', 'KEEP');
    await storyUpTo(first, candidate, staff, 'goal');
    const before = await first.gql(DASHBOARD, {}, candidate.token);
    await first.close();

    second = await startTestServer({ dataDir: first.dataDir });
    // The same token still works: the secret is kept in the data dir.
    const after = await second.gql(DASHBOARD, {}, candidate.token);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(after.data).toMatchObject({ me: { candidate: { stats: { applied: 1, feedbackReceived: 1 }, goals: [{ status: 'OPEN' }] } } });
    expect((await login(second, 'ida@keep.test', 'candidate-password')).id).toBe(candidate.id);
  });
});
