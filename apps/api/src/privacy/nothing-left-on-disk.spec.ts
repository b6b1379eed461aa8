import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, login, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const ANALYTICS = `{ analytics { funnel { applied interviewed rejected offers feedbackRequested feedbackReceived }
  timeToFeedback { count p50Hours } feedbackThemes { theme count } goalImpact { candidatesWithCompletedGoals } } }`;

/** A string found nowhere else: what the scan looks for (letters and digits only, so no encoding hides it). */
const run = randomUUID().replaceAll('-', '').slice(0, 10);
const marker = (what: string) => `zq${what}${run}`;
const markers = {
  name: `Zelda ${marker('name')}`,
  email: `${marker('email')}@scan.test`,
  companyA: marker('companya'),
  companyB: marker('companyb'),
  roleA: marker('rolea'),
  roleB: marker('roleb'),
  stage: marker('stage'),
  notes: `Went fine ${marker('notes')}`,
  rejection: `No budget ${marker('rejection')}`,
  summary: `Sharp ${marker('summary')}`,
  pointA: marker('pointa'),
  pointB: marker('pointb'),
  declined: `Employer silent ${marker('declined')}`,
  goal: `Practise ${marker('goal')}`,
  reflection: `Did it ${marker('reflection')}`,
  jobUrl: `https://jobs.example/${marker('joburl')}`,
  location: marker('location'),
  applicationNotes: `Referred ${marker('appnotes')}`,
  expected: `I expected ${marker('expected')}`,
  followUp: `Call back ${marker('followup')}`,
};
const PASSWORD = 'scan-password-1';

/** Every regular file under `dir`, however deep (the lock's socket and other specials are no files to read). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });

/** Which markers each file holds, as bytes in any case (the read models keep lower-cased names too). */
const markersOnDisk = (dir: string): Record<string, string[]> => {
  const found: Record<string, string[]> = {};
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file).toString('latin1').toLowerCase();
    const here = Object.entries(markers)
      .filter(([, text]) => bytes.includes(text.toLowerCase()) || bytes.includes(marker(keyOf(text)).toLowerCase()))
      .map(([key]) => key);
    if (here.length > 0) found[file.slice(dir.length + 1)] = here;
  }
  return found;
};
/** The bare marker inside a marked text (`Went fine zqnotes…` → `notes`). */
const keyOf = (text: string): string => /zq([a-z]+)[0-9a-f]{10}/.exec(text)?.[1] ?? text;

let app: TestServer;
let staff: Actor;
let analyst: Actor;
let candidate: Actor;
let analyticsBefore: unknown;

const as = async <D>(actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await app.gql<D>(query, variables, actor.token));

beforeAll(async () => {
  app = await startTestServer();
  ({ staff, analyst } = await createAgency(app, 'SCAN'));
  const signedUp = dataOf(
    await app.gql<{ signUp: { token: string; viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token viewer { id } } }',
      { input: { email: markers.email, password: PASSWORD, name: markers.name, agencyCode: 'SCAN' } },
    ),
  ).signUp;
  candidate = { id: signedUp.viewer.id, token: signedUp.token };

  const apply = async (company: string, role: string) =>
    (await as<{ applyForJob: { id: string } }>(candidate, 'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', {
      input: { company, role, appliedAt: ago(40), jobUrl: markers.jobUrl, location: markers.location, notes: markers.applicationNotes },
    })).applyForJob.id;
  const first = await apply(markers.companyA, markers.roleA);
  const second = await apply(markers.companyB, markers.roleB);
  await as(candidate, 'mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }', {
    input: { applicationId: first, scheduledFor: new Date(Date.now() + 3 * DAY).toISOString(), stage: markers.stage },
  });
  await as(candidate, 'mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }', {
    input: { applicationId: first, occurredAt: ago(30), stage: markers.stage, selfRating: 4, notes: markers.notes },
  });
  await as(candidate, 'mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }', {
    input: { applicationId: first, rejectedAt: ago(25), reason: markers.rejection },
  });
  await as(candidate, 'mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: first });
  const feedbackId = (
    await as<{ recordFeedback: { id: string } }>(staff, 'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }', {
      input: {
        applicationId: first,
        summary: markers.summary,
        recommendation: 'MIXED',
        points: [
          { theme: 'COMMUNICATION', polarity: 'STRENGTH', note: markers.pointA },
          { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: markers.pointB },
        ],
      },
    })
  ).recordFeedback.id;
  await as(candidate, 'mutation ($input: ReflectionInput!) { writeReflection(input: $input) { id } }', {
    input: { applicationId: first, text: markers.expected },
  });
  const goalId = (
    await as<{ setGoal: { id: string } }>(candidate, 'mutation ($input: SetGoalInput!) { setGoal(input: $input) { id } }', {
      input: { feedbackId, pointIndex: 1, title: markers.goal },
    })
  ).setGoal.id;
  await as(candidate, 'mutation ($id: ID!, $r: String) { completeGoal(goalId: $id, reflection: $r) { id } }', { id: goalId, r: markers.reflection });
  await as(candidate, 'mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }', {
    input: { applicationId: second, occurredAt: ago(20), stage: markers.stage },
  });
  await as(candidate, 'mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: second });
  await as(staff, 'mutation ($id: ID!, $r: String!) { declineFeedback(applicationId: $id, reason: $r) { id } }', { id: second, r: markers.declined });
  await as(candidate, 'mutation ($input: FollowUpInput!) { setFollowUp(input: $input) { id } }', {
    input: { applicationId: second, followUpAt: new Date(Date.now() + 2 * DAY).toISOString(), note: markers.followUp },
  });
  analyticsBefore = await as(analyst, ANALYTICS);
}, 120_000);
afterAll(() => app.close({ removeData: true }));

describe('after an erasure, nothing of the person is left on disk', () => {
  it('given the person recorded, then the event store holds none of their words in clear, and only the read models show them', () => {
    const found = markersOnDisk(app.dataDir);
    const files = Object.keys(found);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file, `${file} holds ${found[file]?.join(', ')}`).toMatch(/^read-models\.sqlite/);
    expect(new Set(Object.values(found).flat())).toEqual(new Set(Object.keys(markers)));
  });

  it('when they erase their account and the projections have it, then no byte of any file under the data dir holds any of their words', async () => {
    expect(await as(candidate, 'mutation ($p: String!) { eraseMyAccount(password: $p) }', { p: PASSWORD })).toEqual({ eraseMyAccount: true });
    await app.pivotal.projections.waitForPosition(await app.pivotal.store.headPosition(), 5000);

    expect(filesUnder(app.dataDir).map((file) => file.slice(app.dataDir.length + 1))).toEqual(
      expect.arrayContaining(['events.sqlite', 'keys.sqlite', 'read-models.sqlite']),
    );
    expect(markersOnDisk(app.dataDir)).toEqual({});
  });

  it('then they cannot log in, their old token is refused, the analytics count the same, and their email can sign up again', async () => {
    const refused = await app.gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: markers.email, p: PASSWORD });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql('{ me { id } }', {}, candidate.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await as(analyst, ANALYTICS)).toEqual(analyticsBefore);

    const again = dataOf(
      await app.gql<{ signUp: { viewer: { id: string } } }>('mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }', {
        input: { email: markers.email, password: PASSWORD, name: 'Zelda again', agencyCode: 'SCAN' },
      }),
    );
    expect(again.signUp.viewer.id).not.toBe(candidate.id);
    await login(app, markers.email, PASSWORD);
  });
});
