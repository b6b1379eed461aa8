import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUpTo } from '../testing/candidate-story';
import { createAgency, dataOf, signUpCandidate, type Actor } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const WRITE_REFLECTION = `mutation ($input: ReflectionInput!) { writeReflection(input: $input) { id reflection { text writtenAt } } }`;
const SET_FOLLOW_UP = `mutation ($input: FollowUpInput!) { setFollowUp(input: $input) { id followUpAt followUpNote } }`;
const REMINDERS = '{ reminders { applicationId dueAt note overdue kind } }';
const APPLICATION = `query ($id: ID!) { application(id: $id) { id reflection { text } followUpAt followUpNote history { type } } }`;

let app: TestServer;
let candidate: Actor;
let staff: Actor;
let analyst: Actor;

beforeAll(async () => {
  app = await startTestServer();
  const agency = await createAgency(app, 'TRACK');
  staff = agency.staff;
  analyst = agency.analyst;
  candidate = await signUpCandidate(app, 'tess@track.test', 'TRACK');
}, 120_000);
afterAll(() => app.close({ removeData: true }));

const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
  answer.errors?.[0]?.extensions?.code;

describe('the reflection, kept on the application', () => {
  it('given feedback arrived, when the candidate writes a reflection, then it is kept beside it, shown to them only', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'feedback');
    const written = dataOf(
      await app.gql<{ writeReflection: { reflection: { text: string; writtenAt: string } } }>(
        WRITE_REFLECTION,
        { input: { applicationId, text: '  I expect they wanted more system design.  ' } },
        candidate.token,
      ),
    );
    expect(written.writeReflection.reflection.text).toBe('I expect they wanted more system design.');

    const own = dataOf(
      await app.gql<{ application: { reflection: { text: string }; history: { type: string }[] } }>(
        APPLICATION,
        { id: applicationId },
        candidate.token,
      ),
    );
    expect(own.application.reflection.text).toBe('I expect they wanted more system design.');
    expect(own.application.history.map((e) => e.type)).toContain('ReflectionWritten');

    const seenByStaff = dataOf(
      await app.gql<{ application: { reflection: unknown; history: { type: string }[] } }>(
        APPLICATION,
        { id: applicationId },
        staff.token,
      ),
    );
    expect(seenByStaff.application.reflection).toBeNull();
    expect(seenByStaff.application.history.map((e) => e.type)).not.toContain('ReflectionWritten');
  });

  it('given a reflection, when the same text is sent again it changes nothing, and another text is a CONFLICT', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'feedback');
    const input = { applicationId, text: 'First thoughts' };
    dataOf(await app.gql(WRITE_REFLECTION, { input }, candidate.token));
    dataOf(await app.gql(WRITE_REFLECTION, { input }, candidate.token));
    const rewrite = await app.gql(
      WRITE_REFLECTION,
      { input: { applicationId, text: 'Second thoughts' } },
      candidate.token,
    );
    expect(codeOf(rewrite)).toBe('CONFLICT');
    expect(rewrite.errors?.[0]?.message).toMatch(/written once/);
    const history = dataOf(
      await app.gql<{ application: { history: { type: string }[] } }>(
        APPLICATION,
        { id: applicationId },
        candidate.token,
      ),
    );
    expect(history.application.history.filter((e) => e.type === 'ReflectionWritten')).toHaveLength(1);
  });

  it('refuses a reflection before the feedback arrived, a blank one and one past its bound', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'requested');
    const early = await app.gql(
      WRITE_REFLECTION,
      { input: { applicationId, text: 'too soon' } },
      candidate.token,
    );
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/no feedback to reflect on yet/);
    const { applicationId: withFeedback } = await storyUpTo(app, candidate, staff, 'feedback');
    const blank = await app.gql(
      WRITE_REFLECTION,
      { input: { applicationId: withFeedback, text: '  ' } },
      candidate.token,
    );
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    const long = await app.gql(
      WRITE_REFLECTION,
      { input: { applicationId: withFeedback, text: 'x'.repeat(2001) } },
      candidate.token,
    );
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
  });

  it('counts, for analysts, the share of feedback read after a reflection (no words)', async () => {
    const answer = dataOf(
      await app.gql<{
        analytics: {
          feedbackReadAfterReflection: { feedbackReceived: number; reflected: number; share: number };
        };
      }>(
        '{ analytics { feedbackReadAfterReflection { feedbackReceived reflected share } } }',
        {},
        analyst.token,
      ),
    );
    const { feedbackReceived, reflected, share } = answer.analytics.feedbackReadAfterReflection;
    expect(reflected).toBe(2);
    expect(feedbackReceived).toBe(3);
    expect(share).toBeCloseTo(reflected / feedbackReceived);
  });
});

describe('follow-ups and reminders', () => {
  it('given a follow-up and an interview to come, then the reminders list both soonest first, the past one overdue', async () => {
    const lee = await signUpCandidate(app, 'lee@track.test', 'TRACK');
    const { applicationId: later } = await storyUpTo(app, lee, staff, 'applied');
    const { applicationId: sooner } = await storyUpTo(app, lee, staff, 'applied');
    const set = dataOf(
      await app.gql<{ setFollowUp: { followUpAt: string; followUpNote: string } }>(
        SET_FOLLOW_UP,
        { input: { applicationId: later, followUpAt: inDays(5), note: 'Email the recruiter' } },
        lee.token,
      ),
    );
    expect(set.setFollowUp.followUpNote).toBe('Email the recruiter');
    dataOf(
      await app.gql(SET_FOLLOW_UP, { input: { applicationId: sooner, followUpAt: inDays(-1) } }, lee.token),
    );
    dataOf(
      await app.gql(
        'mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }',
        { input: { applicationId: later, scheduledFor: inDays(2), stage: 'Final' } },
        lee.token,
      ),
    );

    const reminders = dataOf(
      await app.gql<{ reminders: { applicationId: string; note: string; overdue: boolean; kind: string }[] }>(
        REMINDERS,
        {},
        lee.token,
      ),
    );
    expect(reminders.reminders.map((r) => [r.applicationId, r.kind, r.note, r.overdue])).toEqual([
      [sooner, 'FOLLOW_UP', 'Follow up: Engineer at Initech', true],
      [later, 'INTERVIEW', 'Interview: Final at Initech', false],
      [later, 'FOLLOW_UP', 'Email the recruiter', false],
    ]);

    dataOf(
      await app.gql(
        'mutation ($id: ID!) { clearFollowUp(applicationId: $id) { id } }',
        { id: sooner },
        lee.token,
      ),
    );
    dataOf(
      await app.gql(
        'mutation ($id: ID!) { completeFollowUp(applicationId: $id) { id followUpAt } }',
        { id: later },
        lee.token,
      ),
    );
    const after = dataOf(await app.gql<{ reminders: { kind: string }[] }>(REMINDERS, {}, lee.token));
    expect(after.reminders.map((r) => r.kind)).toEqual(['INTERVIEW']);

    const again = await app.gql(
      'mutation ($id: ID!) { completeFollowUp(applicationId: $id) { id } }',
      { id: later },
      lee.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const others = dataOf(await app.gql<{ reminders: unknown[] }>(REMINDERS, {}, candidate.token));
    expect(others.reminders.every((r) => (r as { applicationId: string }).applicationId !== later)).toBe(
      true,
    );
  });

  it('refuses a follow-up on another candidate’s application, a date too far, and a page too large', async () => {
    const { applicationId } = await storyUpTo(app, candidate, staff, 'applied');
    const other = await signUpCandidate(app, 'kim@track.test', 'TRACK');
    expect(
      codeOf(await app.gql(SET_FOLLOW_UP, { input: { applicationId, followUpAt: inDays(1) } }, other.token)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.gql(SET_FOLLOW_UP, { input: { applicationId, followUpAt: inDays(400) } }, candidate.token),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql('{ reminders(first: 1000) { dueAt } }', {}, candidate.token))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the calendar feed', () => {
  const fetchFeed = (url: string) => fetch(url);

  it('serves the interviews and follow-ups at the private URL, without a bearer header, as iCalendar', async () => {
    const nia = await signUpCandidate(app, 'nia@track.test', 'TRACK');
    const { applicationId } = await storyUpTo(app, nia, staff, 'applied');
    const followUpAt = new Date(Date.now() + 3 * DAY);
    followUpAt.setUTCMilliseconds(0);
    dataOf(
      await app.gql(
        SET_FOLLOW_UP,
        { input: { applicationId, followUpAt: followUpAt.toISOString(), note: 'Call Ana' } },
        nia.token,
      ),
    );
    dataOf(
      await app.gql(
        'mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }',
        { input: { applicationId, scheduledFor: '2027-01-04T09:30:00Z', stage: 'Onsite' } },
        nia.token,
      ),
    );
    const url = dataOf(await app.gql<{ calendarUrl: string }>('{ calendarUrl }', {}, nia.token)).calendarUrl;
    expect(url.startsWith(`${app.url}/calendar/${nia.id}/`)).toBe(true);

    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    const followUp = byUid[`follow-up-${applicationId}@pivotal`];
    expect(followUp?.summary).toBe('Follow up: Engineer at Initech');
    expect(followUp?.description).toBe('Call Ana');
    expect(followUp?.startDate.toJSDate().toISOString()).toBe(followUpAt.toISOString());
    expect(followUp?.startDate.zone.tzid).toBe('UTC');
    const interview = events.find((e) => e.summary === 'Interview: Onsite at Initech');
    expect(interview?.startDate.toJSDate().toISOString()).toBe('2027-01-04T09:30:00.000Z');
    expect(interview?.uid).toMatch(/^interview-.+@pivotal$/);
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);

    // The same feed read again keeps its uids: calendar apps update events rather than doubling them.
    const again = new ICAL.Component(ICAL.parse(await (await fetchFeed(url)).text()));
    expect(
      again
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v).uid)
        .sort(),
    ).toEqual(events.map((e) => e.uid).sort());
  });

  it('when the candidate resets the link, then the old URL answers 404 and the new one the feed', async () => {
    const oli = await signUpCandidate(app, 'oli@track.test', 'TRACK');
    const old = dataOf(await app.gql<{ calendarUrl: string }>('{ calendarUrl }', {}, oli.token)).calendarUrl;
    expect((await fetchFeed(old)).status).toBe(200);
    const fresh = dataOf(
      await app.gql<{ resetCalendarUrl: string }>('mutation { resetCalendarUrl }', {}, oli.token),
    ).resetCalendarUrl;
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    expect(dataOf(await app.gql<{ calendarUrl: string }>('{ calendarUrl }', {}, oli.token)).calendarUrl).toBe(
      fresh,
    );
  });

  it('answers 404 to a made-up token, another candidate’s id with a real token, and a malformed path', async () => {
    const url = dataOf(
      await app.gql<{ calendarUrl: string }>('{ calendarUrl }', {}, candidate.token),
    ).calendarUrl;
    const token = url.slice(url.lastIndexOf('/') + 1);
    expect((await fetchFeed(`${app.url}/calendar/${candidate.id}/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed(`${app.url}/calendar/${staff.id}/${token}`)).status).toBe(404);
    expect((await fetchFeed(`${app.url}/calendar/${candidate.id}/${token.replace('.ics', '')}`)).status).toBe(
      404,
    );
  });
});
