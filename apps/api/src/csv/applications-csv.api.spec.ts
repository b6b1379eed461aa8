import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) { importApplicationsCsv(csv: $csv, dryRun: $dryRun) {
  imported skipped failed rows { line applicationId error outcome duplicateOfLine company role status } } }`;
const EXPORT = `{ applicationsCsv }`;
const APPLICATIONS = `{ me { candidate { applications { id company role status appliedAt jobUrl location notes interviews { stage } } } } }`;

interface ImportAnswer {
  importApplicationsCsv: {
    imported: number;
    skipped: number;
    failed: number;
    rows: {
      line: number;
      applicationId: string | null;
      error: string | null;
      outcome: string;
      duplicateOfLine: number | null;
      company: string | null;
      role: string | null;
      status: string | null;
    }[];
  };
}
interface ApplicationsAnswer {
  me: {
    candidate: {
      applications: {
        id: string;
        company: string;
        role: string;
        status: string;
        appliedAt: string;
        jobUrl: string | null;
        location: string | null;
        notes: string | null;
        interviews: { stage: string }[];
      }[];
    };
  };
}

const SHEET = [
  'Company Name,Job Title,Stage,Date Applied,Job URL,Location,Notes',
  'Acme,Engineer,Applied,2026-03-01,https://acme.example/jobs/1,Berlin,"Referred, by Ada"',
  'Globex,Analyst,Rejected,03/02/2026,,Remote,',
  'Initech,Designer,Interviewing,2026-03-03,,,"Two rounds:\nphone, then on site"',
  'Umbrella,Chemist,Offer,,,,',
  'Hooli,PM,Withdrawn,2026-03-04,,,',
  'Bad Co,Engineer,Maybe,2026-03-05,,,',
  'Bad Url,Engineer,Applied,2026-03-05,not a link,,',
  'Acme,Engineer,Applied,2026-03-01,https://acme.example/jobs/1,Berlin,"Referred, by Ada"',
].join('\r\n');

let app: TestServer;
let candidate: Actor;
let other: Actor;

const importCsv = async (csv: string, dryRun: boolean | null, actor: Actor = candidate) =>
  app.gql<ImportAnswer>(IMPORT, { csv, dryRun }, actor.token);
const applicationsOf = async (actor: Actor) =>
  dataOf(await app.gql<ApplicationsAnswer>(APPLICATIONS, {}, actor.token)).me.candidate.applications;
const eventCount = async () => app.pivotal.services.store.headPosition();

beforeAll(async () => {
  app = await startTestServer();
  await createAgency(app, 'CSV');
  candidate = await signUpCandidate(app, 'casey@csv.test', 'CSV');
  other = await signUpCandidate(app, 'olga@csv.test', 'CSV');
});
afterAll(() => app.close({ removeData: true }));

describe('importing applications from a CSV, over HTTP', () => {
  it('previews in a dry run, answering every row, and changes nothing', async () => {
    const eventsBefore = await eventCount();
    const preview = dataOf(await importCsv(SHEET, true)).importApplicationsCsv;
    expect(preview).toMatchObject({ imported: 5, skipped: 1, failed: 2 });
    expect(preview.rows.map((r) => [r.line, r.outcome, r.status])).toEqual([
      [2, 'IMPORTED', 'APPLIED'],
      [3, 'IMPORTED', 'REJECTED'],
      [4, 'IMPORTED', 'INTERVIEWING'],
      [6, 'IMPORTED', 'OFFER'],
      [7, 'IMPORTED', 'WITHDRAWN'],
      [8, 'FAILED', null],
      [9, 'FAILED', 'APPLIED'],
      [10, 'SKIPPED', 'APPLIED'],
    ]);
    expect(preview.rows[5]).toMatchObject({ company: 'Bad Co', role: 'Engineer', applicationId: null });
    expect(preview.rows[5]?.error).toContain('status "Maybe" is not one Pivotal knows');
    expect(preview.rows[6]?.error).toBe('URL must be a web address starting with http:// or https://');
    expect(preview.rows[7]).toMatchObject({ duplicateOfLine: 2, applicationId: preview.rows[0]?.applicationId });
    expect(await eventCount()).toBe(eventsBefore);
    expect(await applicationsOf(candidate)).toEqual([]);
  });

  it('imports the good rows with their statuses, URL, location and notes; a bad row stops nothing else', async () => {
    const preview = dataOf(await importCsv(SHEET, true)).importApplicationsCsv;
    const result = dataOf(await importCsv(SHEET, false)).importApplicationsCsv;
    expect(result).toMatchObject({ imported: 5, skipped: 1, failed: 2 });
    // The dry run named the very applications the import made.
    expect(result.rows.map((r) => r.applicationId)).toEqual(preview.rows.map((r) => r.applicationId));

    const applications = await applicationsOf(candidate);
    const byCompany = new Map(applications.map((a) => [a.company, a]));
    expect([...byCompany.keys()].sort()).toEqual(['Acme', 'Globex', 'Hooli', 'Initech', 'Umbrella']);
    expect(byCompany.get('Acme')).toMatchObject({
      role: 'Engineer',
      status: 'APPLIED',
      appliedAt: '2026-03-01T00:00:00.000Z',
      jobUrl: 'https://acme.example/jobs/1',
      location: 'Berlin',
      notes: 'Referred, by Ada',
    });
    expect(byCompany.get('Globex')).toMatchObject({ status: 'REJECTED', appliedAt: '2026-03-02T00:00:00.000Z', location: 'Remote' });
    expect(byCompany.get('Initech')).toMatchObject({ status: 'INTERVIEWING', notes: 'Two rounds:\nphone, then on site' });
    expect(byCompany.get('Initech')?.interviews).toEqual([{ stage: 'Interview' }]);
    expect(byCompany.get('Umbrella')?.status).toBe('OFFER');
    expect(byCompany.get('Hooli')?.status).toBe('WITHDRAWN');
  });

  it('imports nothing twice when the same file comes again', async () => {
    const eventsBefore = await eventCount();
    const again = dataOf(await importCsv(SHEET, null)).importApplicationsCsv;
    expect(again).toMatchObject({ imported: 0, skipped: 6, failed: 2 });
    expect(await eventCount()).toBe(eventsBefore);
    expect(await applicationsOf(candidate)).toHaveLength(5);
    expect(dataOf(await importCsv(SHEET, true)).importApplicationsCsv).toMatchObject({ imported: 0, skipped: 6 });
  });

  it('makes another candidate’s import of the same rows their own applications', async () => {
    const theirs = dataOf(await importCsv(SHEET, false, other)).importApplicationsCsv;
    expect(theirs.imported).toBe(5);
    expect(await applicationsOf(other)).toHaveLength(5);
    expect(await applicationsOf(candidate)).toHaveLength(5);
  });

  it('refuses a file of 5,001 rows with BAD_USER_INPUT, changing nothing', async () => {
    const eventsBefore = await eventCount();
    const rows = Array.from({ length: 5001 }, (_, i) => `Company ${i},Engineer,applied,2026-03-01`);
    const answer = await importCsv(['Company,Role,Status,Applied date', ...rows].join('\n'), false);
    expect(answer.errors?.[0]).toMatchObject({
      message: 'csv the file has 5,001 rows; at most 5,000 are imported at once: split it',
      extensions: { code: 'BAD_USER_INPUT', field: 'csv' },
    });
    expect(await eventCount()).toBe(eventsBefore);
  });

  it('refuses a file without the columns it needs, naming what it found', async () => {
    const answer = await importCsv('Firm,Job\nAcme,Engineer\n', true);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(answer.errors?.[0]?.message).toContain('no Company column');
  });
});

describe('the applications as CSV, over HTTP', () => {
  it('answers the candidate’s own applications as RFC 4180 CSV that parses back to the same rows', async () => {
    const csv = dataOf(await app.gql<{ applicationsCsv: string }>(EXPORT, {}, candidate.token)).applicationsCsv;
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(['Company', 'Role', 'Status', 'Applied date', 'URL', 'Location', 'Notes']);
    expect(rows).toHaveLength(5);
    expect(rows).toContainEqual(['Acme', 'Engineer', 'applied', '2026-03-01T00:00:00.000Z', 'https://acme.example/jobs/1', 'Berlin', 'Referred, by Ada']);
    expect(rows).toContainEqual(['Initech', 'Designer', 'interviewing', '2026-03-03T00:00:00.000Z', '', '', 'Two rounds:\nphone, then on site']);
  });

  it('escapes a cell a spreadsheet would run as a formula, and the file imports back as it was', async () => {
    const formulas = dataOf(
      await importCsv('Company,Role,Notes\n=HYPERLINK("http://evil.example"),@Engineer,-1 and +1\n', false, other),
    ).importApplicationsCsv;
    expect(formulas.imported).toBe(1);
    const csv = dataOf(await app.gql<{ applicationsCsv: string }>(EXPORT, {}, other.token)).applicationsCsv;
    const rows = parse(csv) as string[][];
    const row = rows.find((r) => r[0]?.includes('HYPERLINK'));
    expect(row?.slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example")', "'@Engineer"]);
    expect(row?.[6]).toBe("'-1 and +1");
    // Re-importing the export recognises every application as already there only if it was imported
    // from the same row content; the formula row round-trips to the same text.
    const back = dataOf(await importCsv(csv, true, other)).importApplicationsCsv;
    expect(back.rows.find((r) => r.company?.includes('HYPERLINK'))?.company).toBe('=HYPERLINK("http://evil.example")');
  });

  it('shows a candidate nobody else’s applications', async () => {
    const fresh = await signUpCandidate(app, 'nina@csv.test', 'CSV');
    const csv = dataOf(await app.gql<{ applicationsCsv: string }>(EXPORT, {}, fresh.token)).applicationsCsv;
    expect(parse(csv)).toEqual([['Company', 'Role', 'Status', 'Applied date', 'URL', 'Location', 'Notes']]);
  });
});
