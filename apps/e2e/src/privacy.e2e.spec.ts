import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserSuite, logInThroughForm, newStaffAccount, seedAgencyWithStaff } from './harness';

const staff = newStaffAccount({ agencyCode: 'PRIVE2E', email: 'coach@privacy-e2e.test' });
const candidate = { name: 'Rosalind Franklin', email: 'rosalind@privacy-e2e.test', password: 'photo-51-1952' };

describe('a candidate’s data rights in the web app, against the real api', () => {
  const suite = browserSuite({ seed: (cli) => seedAgencyWithStaff(cli, staff) });

  it('downloads their data as a .json file holding their application, erases their account, and then cannot log in', async () => {
    const { page } = suite.tab;
    const { tab } = suite;

    await page.goto('/signup');
    await page.getByLabel('Your name').fill(candidate.name);
    await page.getByLabel('Email').fill(candidate.email);
    await page.getByLabel('Password').fill(candidate.password);
    await page.getByLabel('Agency code').fill(staff.agencyCode);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();
    await page.getByLabel('Company').fill('King’s College');
    await page.getByLabel('Role').fill('Crystallographer');
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('region', { name: /^Applied/ }).getByRole('link', { name: /Crystallographer/ }).waitFor();

    // The account page, from the navigation: download my data.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await tab.screenshot('privacy-01-account');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pivotal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      account: { email: string };
      applications: { company: string; role: string; history: { type: string }[] }[];
    };
    expect(exported.account.email).toBe(candidate.email);
    expect(exported.applications.map((a) => [a.company, a.role])).toEqual([['King’s College', 'Crystallographer']]);
    expect(exported.applications[0]?.history.map((e) => e.type)).toEqual(['JobApplied']);
    await page.getByText(/^Saved as pivotal-data-/).waitFor();

    // Erase: what stays and what goes are said plainly; a wrong password erases nothing.
    await page.getByText(/anonymous counts in your agency.s statistics/).waitFor();
    await page.getByRole('button', { name: 'Erase my account' }).click();
    await page.getByLabel('Your password').fill('not-my-password');
    await page.getByRole('button', { name: 'Erase my account for good' }).click();
    await page.getByText('That is not your password. Nothing was erased.').waitFor();
    await tab.screenshot('privacy-02-wrong-password');
    await page.getByLabel('Your password').fill(candidate.password);
    await page.getByRole('button', { name: 'Erase my account for good' }).click();

    // Logged out, told so; logging in again fails.
    await page.getByText('Your account was erased.').waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await tab.screenshot('privacy-03-erased');
    await logInThroughForm(page, candidate);
    await page.getByText('That email and password do not match an account.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    // The failed log-in's 200-with-errors answer is the only console noise allowed: none.
    expect(suite.tab.consoleErrors).toEqual([]);
  });
});
