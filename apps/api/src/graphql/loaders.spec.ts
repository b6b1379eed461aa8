import type { ReadModelQueries } from '@pivotal/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

/** Every read-model query the api makes, by name, while `counting` is on. */
const calls: string[] = [];
let counting = false;
const countQueries = (queries: ReadModelQueries): ReadModelQueries =>
  new Proxy(queries, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (counting) calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });

const DASHBOARD = `{ me { candidate { id name stats { applied interviewed offers streakWeeks }
  applications { id company status feedbackStatus appliedAt candidate { id name }
    interviews { id stage occurredAt selfRating notes }
    feedback { id summary points { index theme polarity note } } }
  goals { id title status fromFeedbackId } } } }`;

let app: TestServer;
let staff: Actor;
beforeAll(async () => {
  app = await startTestServer({ pivotal: { wrapQueries: countQueries } });
  staff = (await createAgency(app, 'LOAD')).staff;
});
afterAll(() => app.close({ removeData: true }));

/** A candidate with `count` applications, every fifth taken through feedback to a goal. */
const candidateWith = async (email: string, count: number) => {
  const candidate = await signUpCandidate(app, email, 'LOAD');
  for (let i = 0; i < count; i += 1) await storyUpTo(app, candidate, staff, i % 5 === 0 ? 'goal' : i % 2 ? 'interviewed' : 'applied');
  return candidate;
};

const queriesForDashboard = async (candidate: Actor) => {
  calls.length = 0;
  counting = true;
  const answer = dataOf(await app.gql<{ me: { candidate: { applications: unknown[] } } }>(DASHBOARD, {}, candidate.token));
  counting = false;
  return { applications: answer.me.candidate.applications.length, queries: [...calls] };
};

describe('the dashboard of a candidate with 50 applications', () => {
  it('asks the read models a fixed handful of batched queries, however many applications there are', async () => {
    const few = await queriesForDashboard(await candidateWith('few@load.test', 5));
    const many = await queriesForDashboard(await candidateWith('many@load.test', 50));
    expect(few.applications).toBe(5);
    expect(many.applications).toBe(50);
    // One per batch: candidate, applications, interviews, feedback, goals (no query per application).
    expect(many.queries.length).toBeLessThanOrEqual(6);
    expect(many.queries.sort()).toEqual(few.queries.sort());
  }, 120_000);
});
