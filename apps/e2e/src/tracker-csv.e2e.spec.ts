import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { browserSuite, graphqlRequest, logInThroughForm, newStaffAccount, seedAgencyWithStaff } from './harness';

const staff = newStaffAccount({ agencyCode: 'CSVE2E', email: 'coach@csv-e2e.test' });
const candidate = { name: 'Grace Hopper', email: 'grace@csv-e2e.test', password: 'compiler-a0-1952' };
const signUp = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }`;

/** A Huntr-style export: its own header names, a quoted note with a comma and a line break, and a bad row. */
const EXPORT = [
  'Job Title,Company Name,Stage,Date Applied,Job URL,Location,Notes',
  'Backend engineer,Acme,Applied,2026-03-01,https://acme.example/jobs/1,Berlin,"Referred by Ada, call back"',
  'Data analyst,Globex,Rejected,03/02/2026,,Remote,',
  'Designer,Initech,Maybe later,2026-03-03,,,',
  'SRE,Umbrella,Interviewing,Mar 4 2026,,,"Two rounds:\nphone, then on site"',
].join('\r\n');

describe('the candidate’s tracker in and out of spreadsheets, in the browser', () => {
  const suite = browserSuite({ seed: (cli) => seedAgencyWithStaff(cli, staff) });

  it('imports a CSV with a bad row after a preview, shows the applications, and downloads them as CSV', async () => {
    const { api, tab } = suite;
    const { page } = tab;
    await graphqlRequest(api.graphqlUrl, signUp, { input: { ...candidate, agencyCode: staff.agencyCode } });
    await page.goto('/login');
    await logInThroughForm(page, candidate);
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();

    // From the dashboard to the import screen.
    await page.getByRole('link', { name: 'Import from a CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import applications' }).waitFor();
    const folder = await mkdtemp(join(tmpdir(), 'pivotal-csv-'));
    const file = join(folder, 'huntr-export.csv');
    await writeFile(file, `\uFEFF${EXPORT}`, 'utf8');
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByText('Chosen: huntr-export.csv').waitFor();

    // The preview: every row with what would happen, the bad one with its error; nothing imported yet.
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByRole('table', { name: 'Preview: nothing is imported yet' });
    await preview.waitFor();
    const rows = await preview.getByRole('row').allTextContents();
    expect(rows).toEqual([
      'LineCompanyRoleStatusResult',
      '2AcmeBackend engineerAppliedWill be imported',
      '3GlobexData analystRejectedWill be imported',
      expect.stringMatching(/^4InitechDesigner—Error status "Maybe later" is not one Pivotal knows/),
      '5UmbrellaSREInterviewingWill be imported',
    ]);
    await page.getByText('3 applications to import, 0 rows already there, 1 row with errors.').waitFor();
    await tab.screenshot('csv-01-import-preview');

    // Import, then the summary.
    await page.getByRole('button', { name: 'Import 3 applications' }).click();
    await page.getByText(/Done: 3 applications imported, 0 rows already there, 1 row with errors\./).waitFor();
    await tab.screenshot('csv-02-imported');

    // The same file again imports nothing twice.
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByText('0 applications to import, 3 rows already there, 1 row with errors.').waitFor();
    expect(await page.getByRole('button', { name: 'Nothing new to import' }).isDisabled()).toBe(true);

    // The applications are on the dashboard, with their statuses.
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();
    await page.getByRole('region', { name: /^Applied/ }).getByRole('link', { name: /Backend engineer/ }).waitFor();
    await page.getByRole('region', { name: /^Rejected/ }).getByRole('link', { name: /Data analyst/ }).waitFor();
    await page.getByRole('region', { name: /^Interviewing/ }).getByRole('link', { name: /SRE/ }).waitFor();
    await tab.screenshot('csv-03-dashboard');

    // An imported application keeps its job ad, location and notes.
    await page.getByRole('region', { name: /^Applied/ }).getByRole('link', { name: /Backend engineer/ }).click();
    await page.getByRole('heading', { name: 'Backend engineer at Acme' }).waitFor();
    const about = page.getByRole('region', { name: 'About the job' });
    expect(await about.getByRole('link').getAttribute('href')).toBe('https://acme.example/jobs/1');
    expect(await about.textContent()).toContain('Referred by Ada, call back');
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();

    // Download: applications.csv holds the three applications, parsed back by a CSV library.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('applications.csv');
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const [header, ...lines] = parse(csv) as string[][];
    expect(header).toEqual(['Company', 'Role', 'Status', 'Applied date', 'URL', 'Location', 'Notes']);
    expect(lines).toEqual([
      ['Acme', 'Backend engineer', 'applied', '2026-03-01T00:00:00.000Z', 'https://acme.example/jobs/1', 'Berlin', 'Referred by Ada, call back'],
      ['Globex', 'Data analyst', 'rejected', '2026-03-02T00:00:00.000Z', '', 'Remote', ''],
      ['Umbrella', 'SRE', 'interviewing', '2026-03-04T00:00:00.000Z', '', '', 'Two rounds:\nphone, then on site'],
    ]);
    await page.getByText('Your applications were saved as applications.csv.').waitFor();
    await tab.screenshot('csv-04-downloaded');
    expect(tab.consoleErrors).toEqual([]);
  }, 180_000);
});
