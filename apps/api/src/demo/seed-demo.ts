import { agencyDecider, applicationDecider, goalDecider, streams, type ApplicationCommand } from '@pivotal/domain';
import { writeHistory } from '@pivotal/demo-data';
import { runCommand } from '../commands/run-command';
import type { Pivotal } from '../pivotal';
import { DEMO_ACCOUNTS, DEMO_COLLEAGUES, DEMO_JOIN_CODE, DEMO_RESPONSE_TARGET_DAYS } from './demo-accounts';

const DAY_MS = 86_400_000;

export interface SeedOptions {
  /** Generated candidates besides the demo one (default 300). */
  readonly candidates?: number;
  readonly months?: number;
  readonly seed?: number;
  readonly now?: Date;
}

export interface SeedResult {
  readonly seeded: boolean;
  readonly events: number;
}

/**
 * On an empty store: the demo agency (join code DEMO), its staff, analyst and candidate accounts,
 * three more staff members sharing the queue and a 5-working-day response target, months of
 * generated history (requests assigned among the staff, mostly answered within days), and for the demo candidate a story to start from (a rejection,
 * feedback with points to improve, an open goal made from one). Does nothing on a store with events.
 */
export const seedDemo = async (pivotal: Pivotal, options: SeedOptions = {}): Promise<SeedResult> => {
  const { store, services, projections } = pivotal;
  if ((await store.headPosition()) !== -1n) return { seeded: false, events: 0 };
  const now = options.now ?? new Date();
  const [staffLogin, analystLogin, candidateLogin] = DEMO_ACCOUNTS;
  const { agencyId } = await services.accounts.createAgency({ name: 'Pivotal Demo Agency', joinCode: DEMO_JOIN_CODE }, { now });
  const staff = await services.accounts.createStaff({ ...staffLogin, agencyCode: DEMO_JOIN_CODE }, { now });
  await services.accounts.createStaff({ ...analystLogin, agencyCode: DEMO_JOIN_CODE }, { now });
  const { viewer: candidate } = await services.accounts.signUp({ ...candidateLogin, agencyCode: DEMO_JOIN_CODE }, { now });
  const colleagues: string[] = [];
  for (const colleague of DEMO_COLLEAGUES) {
    colleagues.push((await services.accounts.createStaff({ ...colleague, agencyCode: DEMO_JOIN_CODE }, { now })).accountId);
  }
  await runCommand(
    services,
    agencyDecider,
    streams.agency(agencyId),
    { type: 'SetResponseTarget', data: { agencyId, workingDays: DEMO_RESPONSE_TARGET_DAYS, actorId: staff.accountId, now: now.toISOString() } },
    { actorId: staff.accountId, now },
  );

  const history = await writeHistory(store, {
    seed: options.seed ?? 2026,
    now,
    months: options.months ?? 6,
    agencyId,
    candidates: options.candidates ?? 300,
    existingCandidateIds: [candidate.accountId],
    staffId: staff.accountId,
    team: [staff.accountId, ...colleagues],
  });
  await projections.waitForPosition(history.lastPosition, 120_000);

  // The demo candidate's own story, told through the same commands as the app sends.
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  const applicationId = services.newId();
  const asCandidate = { actorId: candidate.accountId, now };
  const onApplication = (command: ApplicationCommand, actorId = candidate.accountId) =>
    runCommand(services, applicationDecider, streams.application(applicationId), command, { ...asCandidate, actorId });
  const base = { applicationId, actorId: candidate.accountId, now: now.toISOString() };
  await onApplication({
    type: 'ApplyForJob',
    data: { ...base, candidateId: candidate.accountId, agencyId, company: 'Northwind Analytics', role: 'Data Analyst', appliedAt: at(24) },
  });
  await onApplication({
    type: 'RecordInterview',
    data: { ...base, interviewId: services.newId(), stage: 'Technical interview', occurredAt: at(16), selfRating: 3, notes: 'SQL went well; froze on the case study.' },
  });
  await onApplication({ type: 'RecordRejection', data: { ...base, rejectedAt: at(12), reason: 'Went with a more experienced candidate.' } });
  await onApplication({ type: 'RequestFeedback', data: { ...base, agencyId } });
  const feedbackId = services.newId();
  const points = [
    { theme: 'TECHNICAL_SKILLS', polarity: 'STRENGTH', note: 'Confident, correct SQL under time pressure.' },
    { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the company’s products before the case study.' },
    { theme: 'COMMUNICATION', polarity: 'IMPROVEMENT', note: 'State assumptions aloud before diving into numbers.' },
  ] as const;
  await onApplication(
    {
      type: 'RecordFeedback',
      data: {
        applicationId,
        feedbackId,
        summary: 'Strong technically; the case study showed little preparation and unspoken assumptions.',
        recommendation: 'MIXED',
        points,
        recordedBy: staff.accountId,
        staffAgencyId: agencyId,
        now: now.toISOString(),
      },
    },
    staff.accountId,
  );
  const goalId = services.newId();
  const last = await runCommand(
    services,
    goalDecider,
    streams.goal(goalId),
    {
      type: 'SetGoal',
      data: {
        goalId,
        candidateId: candidate.accountId,
        title: 'Prepare a one-page brief on each company before interviews',
        theme: null,
        fromFeedback: {
          feedbackId,
          applicationId,
          pointIndex: 1,
          point: points[1],
          feedbackOwnerCandidateId: candidate.accountId,
        },
        actorId: candidate.accountId,
        now: now.toISOString(),
      },
    },
    asCandidate,
  );
  await projections.waitForPosition(last.position, 30_000);
  return { seeded: true, events: history.events };
};
