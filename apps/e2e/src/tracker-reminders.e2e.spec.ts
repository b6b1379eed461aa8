import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  graphqlRequest,
  logInAs,
  logInThroughForm,
  newStaffAccount,
  seedAgencyWithStaff,
} from './harness';

const staff = newStaffAccount({ agencyCode: 'TRACKE2E', email: 'coach@tracker-e2e.test' });
const candidate = {
  name: 'Grace Hopper',
  email: 'grace@tracker-e2e.test',
  password: 'compiler-pioneer-1952',
};

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
/** A date `days` from today as a date input takes it, in this machine's zone (the browser's too). */
const dateIn = (days: number) => {
  const at = new Date(Date.now() + days * DAY);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** An application taken through GraphQL to feedback received: what the staff side of Pivotal does. */
const applicationWithFeedback = async (graphqlUrl: string, token: string, coachToken: string) => {
  const as = <D>(query: string, variables: Record<string, unknown>, who = token) =>
    graphqlRequest<D>(graphqlUrl, query, variables, who);
  const { applyForJob } = await as<{ applyForJob: { id: string } }>(
    'mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }',
    { input: { company: 'Navy Labs', role: 'Compiler engineer', appliedAt: ago(20) } },
  );
  const applicationId = applyForJob.id;
  await as('mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }', {
    input: { applicationId, stage: 'Onsite', occurredAt: ago(10) },
  });
  await as('mutation ($input: RejectInput!) { recordRejection(input: $input) { id } }', {
    input: { applicationId, rejectedAt: ago(8) },
  });
  await as('mutation ($id: ID!) { requestFeedback(applicationId: $id) { id } }', { id: applicationId });
  await as(
    'mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }',
    {
      input: {
        applicationId,
        summary: 'Deep knowledge; the whiteboard answer wandered.',
        points: [
          { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Knew parsers inside out' },
          { theme: 'COMMUNICATION', polarity: 'IMPROVEMENT', note: 'Say the plan before the details' },
        ],
      },
    },
    coachToken,
  );
  return applicationId;
};

describe('the tracker in the web app: reflection kept, follow-ups, reminders, calendar', () => {
  const suite = browserSuite({ seed: (cli) => seedAgencyWithStaff(cli, staff) });

  it('keeps the reflection beside the feedback after a reload, shows a follow-up on the dashboard and in the calendar feed', async () => {
    const { api, tab } = suite;
    const { page } = tab;
    await graphqlRequest(
      api.graphqlUrl,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      {
        input: { ...candidate, agencyCode: staff.agencyCode },
      },
    );
    const grace = await logInAs(api.graphqlUrl, candidate.email, candidate.password);
    const coach = await logInAs(api.graphqlUrl, staff.email, staff.password);
    const withFeedback = await applicationWithFeedback(api.graphqlUrl, grace.token, coach.token);
    const { applyForJob: other } = await grace.request<{ applyForJob: { id: string } }>(
      'mutation { applyForJob(input: { company: "Univac", role: "Programmer" }) { id } }',
    );
    const interviewAt = new Date(Date.now() + 3 * DAY);
    interviewAt.setUTCHours(14, 0, 0, 0);
    await grace.request(
      'mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }',
      {
        input: { applicationId: other.id, stage: 'Phone screen', scheduledFor: interviewAt.toISOString() },
      },
    );

    await page.goto('/login');
    await logInThroughForm(page, candidate);
    await page.getByRole('heading', { name: `Hello, ${candidate.name}` }).waitFor();

    // The reflection first; the points only after it, and what was expected beside them.
    await page.goto(`/applications/${encodeURIComponent(withFeedback)}/feedback`);
    await page.getByRole('heading', { name: 'Before you read it' }).waitFor();
    expect(await page.getByText('Knew parsers inside out').count()).toBe(0);
    await page
      .getByLabel('What do you think went well, and what would you do differently?')
      .fill('I expect they found my whiteboard answer hard to follow.');
    await page.getByRole('button', { name: 'Show me the feedback' }).click();
    await page.getByText('Knew parsers inside out').waitFor();
    await page.getByRole('heading', { name: 'What you expected' }).waitFor();
    await tab.screenshot('tracker-01-reflection-beside-feedback');

    // After a reload (a new tab would do the same): kept by the api, no prompt again.
    await page.reload();
    await page.getByRole('heading', { name: 'What they said' }).waitFor();
    await page.getByText('I expect they found my whiteboard answer hard to follow.').waitFor();
    expect(await page.getByRole('heading', { name: 'Before you read it' }).count()).toBe(0);

    // A follow-up on the other application, through its form.
    await page.goto(`/applications/${encodeURIComponent(other.id)}`);
    await page.getByRole('heading', { name: 'Programmer at Univac' }).waitFor();
    await page.getByLabel('Follow up on').fill(dateIn(2));
    await page.getByLabel('Note', { exact: true }).fill('Email the hiring manager');
    await page.getByRole('button', { name: 'Save follow-up' }).click();
    await page.getByText(/Follow-up set for/).waitFor();
    await page.getByText(/Follow up on .*: Email the hiring manager/).waitFor();
    await tab.screenshot('tracker-02-follow-up');

    // The dashboard shows it under "Due this week", linking back to the application.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const dueThisWeek = page.getByRole('region', { name: /Due this week/ });
    const link = dueThisWeek.getByRole('link', { name: 'Email the hiring manager' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/applications/${encodeURIComponent(other.id)}`);
    await dueThisWeek.getByRole('link', { name: 'Interview: Phone screen at Univac' }).waitFor();
    await tab.screenshot('tracker-03-dashboard-due-this-week');

    // The calendar link the app shows serves the follow-up, with no sign-in.
    await page.getByText('Add your interviews and follow-ups to your calendar').click();
    const urlField = page.getByLabel('Your private calendar link');
    await expect.poll(() => urlField.inputValue()).toMatch(/\/calendar\/.+\.ics$/);
    const url = await urlField.inputValue();
    await tab.screenshot('tracker-04-calendar-link');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const followUp = events.find((event) => event.summary === 'Follow up: Programmer at Univac');
    expect(followUp?.description).toBe('Email the hiring manager');
    expect(followUp?.uid).toBe(`follow-up-${other.id}@pivotal`);
    const interview = events.find((event) => event.summary === 'Interview: Phone screen at Univac');
    expect(interview?.startDate.toJSDate().toISOString()).toBe(interviewAt.toISOString());

    // Resetting the link revokes the old one.
    await page.getByRole('button', { name: 'Reset link' }).click();
    await page.getByRole('button', { name: 'Yes, reset the link' }).click();
    await page.getByText('The old one no longer works', { exact: false }).waitFor();
    const fresh = await urlField.inputValue();
    expect(fresh).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(fresh)).status).toBe(200);
    expect(tab.consoleErrors).toEqual([]);
  });
});
