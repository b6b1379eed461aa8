import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  logInAs,
  logInThroughForm,
  newStaffAccount,
  openPage,
  seedAgencyWithStaff,
  startApi,
} from './harness';

const staff = newStaffAccount({ agencyCode: 'WEBE2E', email: 'coach@web-e2e.test' });
const candidate = { name: 'Ada Lovelace', email: 'ada@web-e2e.test', password: 'analytical-engine-1843' };

const recordFeedback = `
  mutation RecordFeedback($input: RecordFeedbackInput!) {
    recordFeedback(input: $input) { id }
  }
`;

/** The number shown for one figure of the dashboard's stats. */
const stat = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Your progress' })
    .locator('.stat', { has: page.getByText(label, { exact: true }) })
    .locator('dd');

describe('the candidate web app, against the real api', () => {
  const suite = browserSuite({ seed: (cli) => seedAgencyWithStaff(cli, staff) });

  it('signs up with the agency code, logs an application through to feedback, turns a point into a goal and completes it', async () => {
    const { api, tab } = suite;
    const { page } = tab;

    // Signed out: any path leads to log in, which leads to sign up.
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await tab.screenshot('web-01-log-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('Your name').fill(candidate.name);
    await page.getByLabel('Email').fill(candidate.email);
    await page.getByLabel('Password').fill(candidate.password);
    await page.getByLabel('Agency code').fill(staff.agencyCode);
    await tab.screenshot('web-02-sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();

    // The dashboard, empty.
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();
    await page.getByText(/No applications yet/).waitFor();
    await tab.screenshot('web-03-dashboard-empty');

    // Apply: the card appears on the board without a reload.
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Role').fill('Backend engineer');
    await page.getByRole('button', { name: 'Add application' }).click();
    const appliedColumn = page.getByRole('region', { name: /^Applied/ });
    await appliedColumn.getByRole('link', { name: /Backend engineer/ }).waitFor();
    await expect.poll(() => stat(page, 'Applied').textContent()).toBe('1');
    await tab.screenshot('web-04-dashboard');

    // The application's page: record an interview, then a rejection.
    await appliedColumn.getByRole('link', { name: /Backend engineer/ }).click();
    await page.getByRole('heading', { name: 'Backend engineer at Acme' }).waitFor();
    const applicationPath = new URL(page.url()).pathname;
    const applicationId = decodeURIComponent(applicationPath.split('/')[2] ?? '');
    expect(applicationId).not.toBe('');
    await page.getByText('You can ask for feedback after an interview or a rejection.').waitFor();
    await tab.screenshot('web-05-application');

    await page.getByText('Record an interview').click();
    await page.getByLabel('Stage').fill('Technical');
    await page.getByLabel('How did it go?').selectOption('3');
    await page.getByLabel('Notes').first().fill('System design: caching and queues.');
    await page.getByRole('button', { name: 'Save interview' }).click();
    await page.getByText('You had the Technical interview, and you rated it 3 out of 5.').waitFor();
    await page.locator('.status', { hasText: 'Interviewing' }).waitFor();

    await page.getByText('Record a rejection').click();
    await page.getByLabel('Reason').fill('They chose someone with more Kafka experience');
    await page.getByRole('button', { name: 'Save rejection' }).click();
    await page.getByText('The answer was no: They chose someone with more Kafka experience.').waitFor();
    await page.getByText('This application is closed.').waitFor();

    // Ask for feedback and see that it is waiting.
    await page.getByRole('button', { name: 'Request feedback' }).click();
    await page.getByText('Waiting for less than an hour.').waitFor();
    await page.getByText('You asked for feedback.').waitFor();
    await tab.screenshot('web-06-application-waiting');

    // Staff record the feedback through the api: the notification appears, the page updates.
    const coach = await logInAs(api.graphqlUrl, staff.email, staff.password);
    await coach.request(recordFeedback, {
      input: {
        applicationId,
        summary: 'Solid fundamentals; the design answer needed structure.',
        recommendation: 'MIXED',
        points: [
          { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Knew caching trade-offs well' },
          {
            theme: 'ANSWER_RELEVANCE',
            polarity: 'IMPROVEMENT',
            note: 'Structure design answers: requirements first',
          },
        ],
      },
    });
    const notification = page.getByRole('status').filter({ hasText: 'New feedback has arrived.' });
    await notification.waitFor({ timeout: 15_000 });
    await page.getByText('Your feedback has arrived.').waitFor();
    await page.getByText('Feedback arrived with 2 points.').waitFor();
    await tab.screenshot('web-07-feedback-arrived');

    // The feedback: a reflection first, then the points.
    await notification.getByRole('link', { name: 'Read the feedback' }).click();
    await page.getByRole('heading', { name: 'Before you read it' }).waitFor();
    expect(await page.getByText('Knew caching trade-offs well').count()).toBe(0);
    await page
      .getByLabel('What do you think went well, and what would you do differently?')
      .fill('I rushed the design question.');
    await tab.screenshot('web-08-feedback-reflection');
    await page.getByRole('button', { name: 'Show me the feedback' }).click();
    await page.getByText('Knew caching trade-offs well').waitFor();
    const improvement = page.locator('.point', { hasText: 'Structure design answers' });
    await improvement.getByText('To improve').waitFor();
    await tab.screenshot('web-09-feedback');

    // Make a goal of the improvement point.
    await improvement.getByRole('button', { name: 'Make this a goal' }).click();
    await improvement.getByLabel('Your goal').fill('Practise three design answers, requirements first');
    await improvement.getByRole('button', { name: 'Set goal' }).click();
    await improvement.getByText('This is one of your goals.').waitFor();

    // Goals: the goal shows where it came from; complete it with a reflection.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    const open = page.getByRole('region', { name: /^Open/ });
    const goal = open.getByRole('listitem', { name: 'Practise three design answers, requirements first' });
    await goal.waitFor();
    await goal.getByText('From feedback on Backend engineer at Acme').waitFor();
    await tab.screenshot('web-10-goals');
    await goal.getByRole('button', { name: 'Complete' }).click();
    await goal
      .getByLabel('What did you do, and what changed?')
      .fill('Did three mock interviews with a friend.');
    await goal.getByRole('button', { name: 'Mark as completed' }).click();
    await page
      .getByRole('region', { name: /^Completed/ })
      .getByRole('listitem', { name: 'Practise three design answers, requirements first' })
      .waitFor();
    await tab.screenshot('web-11-goal-completed');

    // The stats changed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => stat(page, 'Goals completed').textContent()).toBe('1');
    await expect.poll(() => stat(page, 'Feedback received').textContent()).toBe('1');
    await expect.poll(() => stat(page, 'Rejections').textContent()).toBe('1');
    await expect.poll(() => stat(page, 'Interviewed').textContent()).toBe('1');
    await page
      .getByRole('region', { name: /^Rejected/ })
      .getByRole('link', { name: /Backend engineer/ })
      .waitFor();
    await tab.screenshot('web-12-dashboard-after');

    // At phone width every screen is one column, with nothing to scroll sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    const phoneScreens: [string, string, string][] = [
      ['web-13-dashboard-phone', '/', `Hello, ${candidate.name}`],
      ['web-14-application-phone', applicationPath, 'Backend engineer at Acme'],
      ['web-15-feedback-phone', `${applicationPath}/feedback`, 'Feedback'],
      ['web-16-goals-phone', '/goals', 'Your goals'],
    ];
    for (const [name, path, heading] of phoneScreens) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.state-loading').waitFor({ state: 'detached' });
      await tab.screenshot(name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Log out, and back in.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await logInThroughForm(page, candidate);
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();

    expect(tab.consoleErrors).toEqual([]);
  });

  it('sends the candidate back to log in when the session expires, and says why', async () => {
    // Tokens of this api live 7 seconds.
    const shortLived = await startApi({ env: { PIVOTAL_TOKEN_TTL_HOURS: '0.002' } });
    const expiring = await openPage(suite.browser, { baseUrl: shortLived.baseUrl });
    try {
      const { page } = expiring;
      await page.goto('/signup');
      await page.getByLabel('Your name').fill('Grace Hopper');
      await page.getByLabel('Email').fill('grace@web-e2e.test');
      await page.getByLabel('Password').fill('compiler-a0-1952');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Hello, Grace Hopper' }).waitFor();

      await page.getByText('Your session has ended. Please log in again.').waitFor({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await expiring.screenshot('web-17-session-ended');
      expect(expiring.consoleErrors).toEqual([]);
    } finally {
      await expiring.close();
      await shortLived.stop();
    }
  });
});
