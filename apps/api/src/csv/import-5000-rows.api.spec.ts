import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';
import { MAX_IMPORT_ROWS } from './parse-applications-csv';

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) { importApplicationsCsv(csv: $csv, dryRun: $dryRun) {
  imported skipped failed rows { line outcome } } }`;
const STATUSES = ['applied', 'rejected', 'interviewing', 'offer', 'withdrawn'];

/** A realistic sheet at the bound: every status, dates, URLs, locations, notes with commas and quotes. */
const sheet = (rows: number) =>
  [
    'Company,Role,Status,Applied date,URL,Location,Notes',
    ...Array.from(
      { length: rows },
      (_, i) =>
        `Company ${i},Engineer ${i % 7},${STATUSES[i % 5]},2026-0${1 + (i % 9)}-1${i % 10},https://jobs.example/${i},City ${i % 50},"Met at a fair, said ""apply"" — row ${i}"`,
    ),
  ].join('\n');

let app: TestServer;
let candidate: Actor;

beforeAll(async () => {
  app = await startTestServer();
  await createAgency(app, 'BULK');
  candidate = await signUpCandidate(app, 'bulk@csv.test', 'BULK');
});
afterAll(() => app.close({ removeData: true }));

describe(`a file of ${MAX_IMPORT_ROWS} rows`, () => {
  it('is within the request body limit and the query limits, and imports in one request', async () => {
    const csv = sheet(MAX_IMPORT_ROWS);
    const started = performance.now();
    const preview = dataOf(
      await app.gql<{ importApplicationsCsv: { imported: number } }>(IMPORT, { csv, dryRun: true }, candidate.token),
    ).importApplicationsCsv;
    const previewMs = performance.now() - started;
    const result = dataOf(
      await app.gql<{ importApplicationsCsv: { imported: number; rows: unknown[] } }>(IMPORT, { csv }, candidate.token),
    ).importApplicationsCsv;
    const importMs = performance.now() - started - previewMs;
    console.info(
      `${MAX_IMPORT_ROWS} rows (${(csv.length / 1e6).toFixed(2)} M characters): dry run ${Math.round(previewMs)} ms, import ${Math.round(importMs)} ms`,
    );
    expect(preview.imported).toBe(MAX_IMPORT_ROWS);
    expect(result.imported).toBe(MAX_IMPORT_ROWS);
    expect(result.rows).toHaveLength(MAX_IMPORT_ROWS);
    const count = await app.gql<{ me: { candidate: { stats: { applied: number } } } }>(
      '{ me { candidate { stats { applied } } } }',
      {},
      candidate.token,
    );
    expect(dataOf(count).me.candidate.stats.applied).toBe(MAX_IMPORT_ROWS);
  }, 120_000);
});
