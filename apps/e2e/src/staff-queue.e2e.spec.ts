import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  graphqlRequest,
  logInThroughForm,
  newStaffAccount,
  openPage,
  seedAgencyWithStaff,
  type RunningApi,
} from './harness';

const sam = newStaffAccount({ agencyName: 'Queue E2E Careers', agencyCode: 'QUEUEE2E', email: 'sam@queue-e2e.test' });
const kim = { email: 'kim@queue-e2e.test', password: 'kim-password-1234' };

/** A candidate of the agency who applied, was interviewed, rejected, and asked for feedback, all over HTTP. */
const candidateAsksForFeedback = async (api: RunningApi, name: string, email: string, company: string) => {
  const { signUp } = await graphqlRequest<{ signUp: { token: string } }>(
    api.graphqlUrl,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { name, email, password: 'candidate-password-1', agencyCode: sam.agencyCode } },
  );
  const as = <T>(query: string, variables: Record<string, unknown>) => graphqlRequest<T>(api.graphqlUrl, query, variables, signUp.token);
  const { applyForJob } = await as<{ applyForJob: { id: string } }>('mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }', {
    input: { company, role: 'Backend engineer' },
  });
  const applicationId = applyForJob.id;
  await as('mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }', {
    input: { applicationId, stage: 'Onsite', selfRating: 3 },
  });
  await as('mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }', { input: { applicationId, reason: 'Another candidate.' } });
  await as('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId });
  return applicationId;
};

const openQueue = async (page: Page, account: { email: string; password: string }) => {
  await page.goto('/admin/');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await logInThroughForm(page, account);
  await page.getByRole('heading', { level: 1, name: 'Feedback queue' }).waitFor();
};

describe('the staff queue shared by a team, against the real api', () => {
  const suite = browserSuite({
    seed: async (cli) => {
      await seedAgencyWithStaff(cli, sam);
      await cli(['staff', 'create', '--agency', sam.agencyCode, '--email', kim.email, '--role', 'STAFF', '--name', 'Kim Colleague'], kim.password);
    },
  });

  it('one staff member assigns a request to a colleague, whose “mine” view shows it live; a filtered view survives a reload', async () => {
    const { api, browser, tab } = suite;
    await candidateAsksForFeedback(api, 'Ada Lovelace', 'ada@queue-e2e.test', 'Acme');
    await candidateAsksForFeedback(api, 'Alan Turing', 'alan@queue-e2e.test', 'Globex');

    // Kim, in a browser context of her own, opens the queue on "Mine": nothing is hers yet.
    const kimsTab = await openPage(browser, { baseUrl: api.baseUrl });
    const kimsPage = kimsTab.page;
    await openQueue(kimsPage, kim);
    await kimsPage.getByRole('radio', { name: 'Mine' }).check();
    await expect.poll(() => kimsPage.evaluate(() => window.location.hash)).toBe('#/queue?whose=mine');
    await kimsPage.getByText('No waiting request matches this view.').waitFor();

    // Sam sets the agency's promise, then assigns Ada's request to Kim, choosing her by keyboard.
    const { page } = tab;
    await openQueue(page, sam);
    const target = page.getByRole('region', { name: 'Response-time promise' });
    await target.getByLabel('Working days (1 to 60)').fill('0');
    await target.getByRole('button', { name: 'Set the target' }).click();
    await target.getByText('Enter a number of working days from 1 to 60.').waitFor();
    await target.getByLabel('Working days (1 to 60)').fill('5');
    await target.getByRole('button', { name: 'Set the target' }).click();
    await target.getByText('Saved: requests are now due within 5 working days.').waitFor();
    const queue = page.getByRole('list', { name: /oldest first/ });
    const adaRow = queue.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await expect.poll(() => adaRow.textContent()).toMatch(/\d working days? left/);
    expect(await adaRow.textContent()).toContain('Unassigned');
    await adaRow.getByLabel('Assign to').focus();
    await adaRow.getByLabel('Assign to').selectOption({ label: 'Kim Colleague' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Ada Lovelace’s request: Assigned to Kim Colleague.').waitFor();
    await expect.poll(() => adaRow.textContent()).toContain('Held by Kim Colleague');
    await tab.screenshot('staff-queue-01-assigned');

    // Kim's "mine" view shows it without a reload, held by her; Alan's, unassigned, is not in it.
    const mine = kimsPage.getByRole('list', { name: /oldest first/ });
    const adaForKim = mine.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await adaForKim.waitFor({ timeout: 15_000 });
    expect(await adaForKim.textContent()).toContain('Held by you');
    expect(await mine.getByRole('listitem').count()).toBe(1);
    await kimsTab.screenshot('staff-queue-02-mine-live');

    // Sam's workload panel counts it for Kim, and Alan's as unassigned.
    const workload = page.getByRole('table', { name: /Open requests per staff member/ });
    await expect.poll(() => workload.getByRole('row', { name: /Kim Colleague/ }).textContent()).toMatch(/^Kim Colleague1/);
    await expect.poll(() => workload.getByRole('row', { name: /Unassigned/ }).textContent()).toMatch(/^Unassigned1/);

    // Kim narrows her view: under 48 hours, "acme"; the address keeps it, and a reload shows the same.
    await kimsPage.getByLabel('Waiting', { exact: true }).selectOption({ label: 'Under 48 hours' });
    await kimsPage.getByLabel('Company or role').fill('acme');
    await expect.poll(() => kimsPage.evaluate(() => window.location.hash)).toBe('#/queue?whose=mine&waiting=under-48h&q=acme');
    await kimsPage.reload();
    await kimsPage.getByRole('heading', { level: 1, name: 'Feedback queue' }).waitFor();
    await mine.getByRole('listitem').filter({ hasText: 'Ada Lovelace' }).waitFor();
    expect(await kimsPage.getByRole('radio', { name: 'Mine' }).isChecked()).toBe(true);
    expect(await kimsPage.getByLabel('Waiting', { exact: true }).inputValue()).toBe('UNDER_48H');
    expect(await kimsPage.getByLabel('Company or role').inputValue()).toBe('acme');
    await kimsTab.screenshot('staff-queue-03-filtered-after-reload');

    // The request screen names the holder, and the history the assignment.
    await mine.getByRole('link', { name: /Ada Lovelace/ }).click();
    const holder = kimsPage.getByRole('region', { name: 'Who works on it' });
    await expect.poll(() => holder.textContent()).toContain('You (since');
    const history = kimsPage.getByRole('region', { name: 'History' });
    await expect.poll(() => history.textContent()).toMatch(/Assigned to Kim Colleague by /);
    await kimsTab.screenshot('staff-queue-04-request-holder');

    expect(tab.consoleErrors).toEqual([]);
    expect(kimsTab.consoleErrors).toEqual([]);
    await kimsTab.close();
  });
});
