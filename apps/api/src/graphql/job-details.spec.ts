import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const APPLY = `mutation ($input: ApplyInput!) { applyForJob(input: $input) { id jobUrl location notes history { data } } }`;
type Applied = { applyForJob: { id: string; jobUrl: string | null; location: string | null; notes: string | null; history: { data: string }[] } };

let app: TestServer;
let candidate: Actor;
let staff: Actor;

beforeAll(async () => {
  app = await startTestServer();
  staff = (await createAgency(app, 'JOBS')).staff;
  candidate = await signUpCandidate(app, 'jo@jobs.test', 'JOBS');
});
afterAll(() => app.close({ removeData: true }));

describe('an application’s job URL, location and notes, over HTTP', () => {
  it('are kept when applying, in the event and on the application, for the candidate and their agency’s staff', async () => {
    const applied = dataOf(
      await app.gql<Applied>(
        APPLY,
        { input: { company: 'Acme', role: 'Engineer', jobUrl: 'https://acme.example/jobs/7', location: ' Lisbon ', notes: 'Remote-friendly' } },
        candidate.token,
      ),
    ).applyForJob;
    expect(applied).toMatchObject({ jobUrl: 'https://acme.example/jobs/7', location: 'Lisbon', notes: 'Remote-friendly' });
    expect(JSON.parse(applied.history[0]?.data ?? '{}')).toMatchObject({ jobUrl: 'https://acme.example/jobs/7', location: 'Lisbon' });
    const seenByStaff = await app.gql<{ application: { jobUrl: string; location: string } }>(
      'query ($id: ID!) { application(id: $id) { jobUrl location } }',
      { id: applied.id },
      staff.token,
    );
    expect(dataOf(seenByStaff).application).toEqual({ jobUrl: 'https://acme.example/jobs/7', location: 'Lisbon' });
  });

  it('are null when not given', async () => {
    const applied = dataOf(await app.gql<Applied>(APPLY, { input: { company: 'Globex', role: 'Analyst' } }, candidate.token)).applyForJob;
    expect(applied).toMatchObject({ jobUrl: null, location: null, notes: null });
  });

  it('refuses a URL that is not http(s), naming the field, and logs nothing', async () => {
    const answer = await app.gql(APPLY, { input: { company: 'Initech', role: 'PM', jobUrl: 'ftp://initech.example' } }, candidate.token);
    expect(answer.errors?.[0]).toMatchObject({
      message: 'jobUrl must be a web address starting with http:// or https://',
      extensions: { code: 'BAD_USER_INPUT', field: 'jobUrl' },
    });
    const companies = await app.gql<{ me: { candidate: { applications: { company: string }[] } } }>(
      '{ me { candidate { applications { company } } } }',
      {},
      candidate.token,
    );
    expect(dataOf(companies).me.candidate.applications.map((a) => a.company)).not.toContain('Initech');
  });

  it('refuses a location over 200 characters', async () => {
    const answer = await app.gql(APPLY, { input: { company: 'Hooli', role: 'PM', location: 'x'.repeat(201) } }, candidate.token);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'location' });
  });
});
