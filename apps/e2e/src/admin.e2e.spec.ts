import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  graphqlRequest,
  logInThroughForm,
  newStaffAccount,
  seedAgencyWithStaff,
  type RunningApi,
} from './harness';

const staff = newStaffAccount({ agencyName: 'Admin E2E Careers', agencyCode: 'ADMINE2E', email: 'coach@admin-e2e.test' });
const analyst = { email: 'analyst@admin-e2e.test', password: 'analyst-password-123' };

const signUp = `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`;
const applyForJob = `
  mutation Apply($input: ApplyInput!) { applyForJob(input: $input) { id } }
`;
const recordInterview = `
  mutation Interviewed($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }
`;
const recordRejection = `
  mutation Rejected($input: RejectInput!) { recordRejection(input: $input) { id } }
`;
const requestFeedback = `
  mutation Ask($applicationId: ID!) { requestFeedback(applicationId: $applicationId) { id feedbackStatus } }
`;
const feedbackOf = `
  query Feedback($id: ID!) { application(id: $id) { feedback { id points { index theme } } } }
`;
const setGoal = `
  mutation SetGoal($input: SetGoalInput!) { setGoal(input: $input) { id } }
`;
const completeGoal = `
  mutation CompleteGoal($goalId: ID!) { completeGoal(goalId: $goalId, reflection: "Did it.") { id status } }
`;
const recordOffer = `
  mutation Offer($applicationId: ID!) { recordOffer(applicationId: $applicationId) { id status } }
`;

/**
 * A candidate of the agency, signed up over HTTP, who applies, is interviewed twice, is rejected
 * and asks for feedback: the request staff then see in the queue.
 */
const candidateAsksForFeedback = async (api: RunningApi, name: string, email: string, company: string) => {
  const { signUp: session } = await graphqlRequest<{ signUp: { token: string } }>(api.graphqlUrl, signUp, {
    input: { name, email, password: 'candidate-password-1', agencyCode: staff.agencyCode },
  });
  const as = <T>(query: string, variables: Record<string, unknown>) =>
    graphqlRequest<T>(api.graphqlUrl, query, variables, session.token);
  const { applyForJob: application } = await as<{ applyForJob: { id: string } }>(applyForJob, {
    input: { company, role: 'Backend engineer' },
  });
  await as(recordInterview, {
    input: { applicationId: application.id, stage: 'Phone screen', selfRating: 4, notes: 'Felt good about the intro.' },
  });
  await as(recordInterview, {
    input: { applicationId: application.id, stage: 'Onsite', selfRating: 2, notes: 'Stumbled on system design.' },
  });
  await as(recordRejection, { input: { applicationId: application.id, reason: 'Went with another candidate.' } });
  await as(requestFeedback, { applicationId: application.id });
  return { applicationId: application.id, as };
};

/** Waits until every chart panel has drawn its SVG bars. */
const chartsDrawn = async (page: Page, panels: string[]) => {
  for (const name of panels) {
    await page.getByRole('region', { name }).locator('.recharts-wrapper svg .recharts-bar-rectangle').first().waitFor();
  }
};

describe('the admin app, against the real api', () => {
  const suite = browserSuite({
    seed: async (cli) => {
      await seedAgencyWithStaff(cli, staff);
      await cli(
        ['staff', 'create', '--agency', staff.agencyCode, '--email', analyst.email, '--role', 'ANALYST'],
        analyst.password,
      );
    },
  });

  it('staff answer a feedback request with a three-point critique, see candidates and analytics; an analyst runs a query', async () => {
    const { api, tab } = suite;
    const { page } = tab;
    const ada = await candidateAsksForFeedback(api, 'Ada Lovelace', 'ada@admin-e2e.test', 'Acme');

    // Log in.
    await page.goto('/admin/');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await tab.screenshot('admin-01-log-in');
    await logInThroughForm(page, staff);

    // The queue shows the request made through the api, with the stages reached.
    await page.getByRole('heading', { level: 1, name: 'Feedback queue' }).waitFor();
    const queue = page.getByRole('list', { name: /oldest first/ });
    const adaRow = queue.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await adaRow.waitFor();
    await expect.poll(() => adaRow.textContent()).toContain('Stages reached: Phone screen → Onsite.');
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents(),
    ).toEqual(['Feedback queue', 'Candidates', 'Analytics', 'Explorer']);

    // A second request arrives while the queue is open: it appears without a reload.
    await candidateAsksForFeedback(api, 'Alan Turing', 'alan@admin-e2e.test', 'Globex');
    await queue.getByRole('listitem').filter({ hasText: 'Alan Turing' }).waitFor();
    expect(await queue.getByRole('listitem').allTextContents()).toHaveLength(2);
    await tab.screenshot('admin-02-queue');

    // Open Ada's request: the application, the interviews with self-ratings and notes.
    await adaRow.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Feedback for Ada Lovelace: Backend engineer at Acme' }).waitFor();
    const interviews = page.getByRole('region', { name: 'Interviews' });
    await expect.poll(() => interviews.textContent()).toContain('Stumbled on system design.');
    expect(await interviews.textContent()).toContain('4 / 5');
    await tab.screenshot('admin-03-request');

    // Sending an empty critique is refused beside each field.
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Fix 5 problems before sending.').waitFor();
    await tab.screenshot('admin-04-critique-invalid');

    // Write three points, put the third before the second, choose a recommendation.
    await page.getByLabel('Summary').fill('Clear communicator; the design round needs more depth.');
    const point = (n: number) => page.getByRole('group', { name: `Point ${n}`, exact: true });
    const writePoint = async (n: number, theme: string, kind: string, note: string) => {
      await point(n).getByLabel('Theme').selectOption({ label: theme });
      await point(n).getByRole('radio', { name: kind }).check();
      await point(n).getByLabel('Note').fill(note);
    };
    await writePoint(1, 'Communication', 'Strength', 'Structured answers that were easy to follow.');
    await page.getByRole('button', { name: 'Add point' }).click();
    await writePoint(2, 'Technical skills', 'To improve', 'Practise designing a system end to end.');
    await page.getByRole('button', { name: 'Add point' }).click();
    await writePoint(3, 'Preparation', 'To improve', 'Research the product before the onsite.');
    await page.getByRole('button', { name: 'Move point 3 up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => point(2).getByLabel('Note').inputValue()).toBe('Research the product before the onsite.');
    await page.getByLabel('Overall recommendation').selectOption({ label: 'Mixed' });
    await tab.screenshot('admin-05-critique');
    await page.getByRole('button', { name: 'Send feedback' }).click();

    // Back on the queue: Ada's request has left it, Alan's is still waiting.
    await page.getByText('Feedback sent to Ada Lovelace.').waitFor();
    await expect.poll(() => queue.getByRole('listitem').allTextContents()).toHaveLength(1);
    expect(await queue.textContent()).toContain('Alan Turing');
    await tab.screenshot('admin-06-queue-after-feedback');

    // The candidate turns the third point into a goal and completes it.
    const { application } = await ada.as<{ application: { feedback: { id: string; points: { index: number; theme: string }[] }[] } }>(
      feedbackOf,
      { id: ada.applicationId },
    );
    const feedback = application.feedback[0];
    expect(feedback?.points.map((p) => p.theme)).toEqual(['COMMUNICATION', 'PREPARATION', 'TECHNICAL_SKILLS']);
    const { setGoal: goal } = await ada.as<{ setGoal: { id: string } }>(setGoal, {
      input: { feedbackId: feedback?.id, pointIndex: 2, title: 'Design three systems end to end' },
    });
    await ada.as(completeGoal, { goalId: goal.id });

    // After the goal, Ada applies again, is interviewed, and gets an offer.
    const { applyForJob: next } = await ada.as<{ applyForJob: { id: string } }>(applyForJob, {
      input: { company: 'Initech', role: 'Platform engineer' },
    });
    await ada.as(recordInterview, { input: { applicationId: next.id, stage: 'Onsite', selfRating: 5 } });
    await ada.as(recordOffer, { applicationId: next.id });

    // Candidates: search, then Ada's page with the feedback given and the goal made from it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Candidates' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('ada');
    await page.getByText('1 candidate matching “ada”.').waitFor();
    await tab.screenshot('admin-07-candidates');
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    const goals = page.getByRole('region', { name: 'Goals' });
    await goals.getByText('Design three systems end to end').waitFor();
    expect(await goals.textContent()).toContain('Completed');
    expect(await page.getByRole('region', { name: 'Feedback given' }).textContent()).toContain(
      'Research the product before the onsite.',
    );
    await tab.screenshot('admin-08-candidate');

    // Analytics: every chart draws with data, has its table, and downloads its CSV.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
    const panels = ['Funnel', 'Time from request to feedback', 'Feedback themes', 'Goal impact'];
    await chartsDrawn(page, panels);
    const funnelTable = page.getByRole('table', { name: 'Funnel by step' });
    expect(await funnelTable.getByRole('row', { name: /Applied/ }).textContent()).toBe('Applied3');
    expect(await funnelTable.getByRole('row', { name: /Feedback received/ }).textContent()).toBe('Feedback received1');
    expect(await page.getByRole('region', { name: 'Time from request to feedback' }).textContent()).toContain(
      '1 request answered.',
    );
    const impact = await page.getByRole('region', { name: 'Goal impact' }).textContent();
    expect(impact).toContain('1 candidate has completed a goal.');
    expect(impact).toContain('After first completed goal100%');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV of Feedback themes' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('feedback-themes-all-time.csv');
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe('theme,polarity,count');
    expect(csv).toContain('COMMUNICATION,STRENGTH,1');
    await tab.screenshot('admin-09-analytics');

    // At a phone's width the queue and the analytics still fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await tab.screenshot('admin-10-analytics-narrow');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback queue' }).waitFor();
    await queue.getByRole('listitem').first().waitFor();
    await tab.screenshot('admin-11-queue-narrow');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Alan's employer gives no feedback: record that, with a reason; the queue is then empty.
    await queue.getByRole('link', { name: /Alan Turing/ }).click();
    const decline = page.getByRole('form', { name: 'No feedback will come' });
    await decline.getByLabel('Reason').fill('Globex does not share interview feedback.');
    await decline.getByRole('button', { name: 'Record that no feedback will come' }).click();
    await page.getByText('Recorded that no feedback will come for Alan Turing.').waitFor();
    await page.getByText(/No requests are waiting/).waitFor();
    await tab.screenshot('admin-12-queue-empty');

    // Log out; an analyst logs in and sees analytics and the explorer only.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await logInThroughForm(page, analyst);
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'Analytics',
      'Explorer',
    ]);

    // The explorer: the schema's documentation, a saved query, run with the analyst's token.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explorer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Explorer' }).waitFor();
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.getByLabel('Example query').selectOption({ label: 'Goal impact on offers' });
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('goalImpact');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toContain('"candidatesWithCompletedGoals": 1');
    await tab.screenshot('admin-13-explorer');

    // Analysts cannot open a person's data even by address.
    await page.goto(`/admin/#/candidates`);
    await page.getByRole('heading', { level: 1, name: 'Not available to analysts' }).waitFor();
    await tab.screenshot('admin-14-not-available-to-analysts');

    expect(tab.consoleErrors).toEqual([]);
  });
});
