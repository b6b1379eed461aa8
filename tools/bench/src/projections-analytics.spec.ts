import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { FeedbackPoint, PivotalEvent } from '@pivotal/domain';
import { createMemoryEventStore, type EventToAppend } from '@pivotal/event-store';
import { createProjectionRunner, createReadModelQueries, pivotalProjections } from '@pivotal/projections';
import { generateHistory, writeHistory, type HistoryOptions } from '@pivotal/demo-data';

const now = '2026-11-25T12:00:00.000Z';
const histories: HistoryOptions[] = [
  { seed: 7, now, agencyId: 'agency-north', candidates: 40, agency: { name: 'North', joinCode: 'NORTH' } },
  { seed: 8, now, agencyId: 'agency-south', candidates: 15, agency: { name: 'South', joinCode: 'SOUTH' } },
];

/** Everything the brute force needs to know about one application, folded straight from raw events. */
interface RawApplication {
  candidateId: string;
  agencyId: string | null;
  appliedAt: number;
  interviewed: boolean;
  rejected: boolean;
  offer: boolean;
  withdrawn: boolean;
  requestedAt: number | null;
  receivedAt: number | null;
  declined: boolean;
  points: FeedbackPoint[];
}

const rawEvents = (): PivotalEvent[] =>
  histories.flatMap((options) =>
    [...generateHistory(options)].flatMap((batch) => batch.events.map((e: EventToAppend) => e as unknown as PivotalEvent)),
  );

/** The analytics figures computed by brute force, independently of the projections' SQL. */
const bruteForce = (events: PivotalEvent[], agencyId: string, from = -Infinity, to = Infinity) => {
  const apps = new Map<string, RawApplication>();
  const candidateAgency = new Map<string, string | null>();
  const firstCompletion = new Map<string, number>();
  for (const e of events) {
    const app = 'applicationId' in e.data ? apps.get(e.data.applicationId as string) : undefined;
    switch (e.type) {
      case 'CandidateRegistered':
        candidateAgency.set(e.data.candidateId, e.data.agencyId);
        break;
      case 'JobApplied':
        apps.set(e.data.applicationId, {
          candidateId: e.data.candidateId, agencyId: e.data.agencyId, appliedAt: Date.parse(e.data.appliedAt),
          interviewed: false, rejected: false, offer: false, withdrawn: false, requestedAt: null, receivedAt: null, declined: false, points: [],
        });
        break;
      case 'Interviewed': app!.interviewed = true; break;
      case 'ApplicationRejected': app!.rejected = true; break;
      case 'OfferReceived': app!.offer = true; break;
      case 'ApplicationWithdrawn': app!.withdrawn = true; break;
      case 'FeedbackRequested': app!.requestedAt = Date.parse(e.data.requestedAt); break;
      case 'FeedbackReceived': app!.receivedAt = Date.parse(e.data.receivedAt); app!.points = e.data.points; break;
      case 'FeedbackDeclined': app!.declined = true; break;
      case 'GoalCompleted': {
        const at = Date.parse(e.data.completedAt);
        firstCompletion.set(e.data.candidateId, Math.min(at, firstCompletion.get(e.data.candidateId) ?? Infinity));
        break;
      }
      default:
        break;
    }
  }
  const inRange = [...apps.values()].filter((a) => a.agencyId === agencyId && a.appliedAt >= from && a.appliedAt < to);
  const waits = inRange
    .filter((a) => a.receivedAt !== null && a.requestedAt !== null)
    .map((a) => (a.receivedAt! - a.requestedAt!) / 3_600_000)
    .sort((a, b) => a - b);
  const rank = (q: number) => (waits.length ? waits[Math.ceil(q * waits.length) - 1]! : null);
  const bounds = [24, 48, 72, 168, 336, null];
  const themes = new Map<string, number>();
  for (const a of inRange) for (const p of a.points) themes.set(`${p.theme}/${p.polarity}`, (themes.get(`${p.theme}/${p.polarity}`) ?? 0) + 1);
  const side = (before: boolean) => {
    const apps = inRange.filter((a) => {
      const first = firstCompletion.get(a.candidateId);
      return a.interviewed && first !== undefined && (before ? a.appliedAt < first : a.appliedAt >= first);
    });
    return { interviewed: apps.length, offers: apps.filter((a) => a.offer).length };
  };
  const before = side(true);
  const after = side(false);
  return {
    funnel: {
      applied: inRange.length,
      interviewed: inRange.filter((a) => a.interviewed).length,
      rejected: inRange.filter((a) => a.rejected).length,
      offers: inRange.filter((a) => a.offer).length,
      withdrawn: inRange.filter((a) => a.withdrawn).length,
      feedbackRequested: inRange.filter((a) => a.requestedAt !== null).length,
      feedbackReceived: inRange.filter((a) => a.receivedAt !== null).length,
      feedbackDeclined: inRange.filter((a) => a.declined).length,
    },
    timeToFeedback: {
      count: waits.length,
      p50Hours: rank(0.5),
      p90Hours: rank(0.9),
      histogram: bounds.map((bound, i) => ({
        upToHours: bound,
        count: waits.filter((h) => (bound === null || h <= bound) && (i === 0 || h > bounds[i - 1]!)).length,
      })),
    },
    themes: [...themes.entries()]
      .map(([key, count]) => ({ theme: key.split('/')[0], polarity: key.split('/')[1], count }))
      .sort((a, b) => `${a.theme}/${a.polarity}`.localeCompare(`${b.theme}/${b.polarity}`)),
    goalImpact: {
      candidatesWithCompletedGoals: [...firstCompletion.entries()].filter(
        ([candidate, first]) => candidateAgency.get(candidate) === agencyId && first >= from && first < to,
      ).length,
      offerRateBeforeGoals: before.interviewed ? before.offers / before.interviewed : null,
      offerRateAfterGoals: after.interviewed ? after.offers / after.interviewed : null,
      interviewedBeforeGoals: before.interviewed,
      offersBeforeGoals: before.offers,
      interviewedAfterGoals: after.interviewed,
      offersAfterGoals: after.offers,
    },
  };
};

describe('agency analytics over a generated history', () => {
  it('given thousands of generated events, then every figure equals the brute force over the raw events', async () => {
    const store = createMemoryEventStore();
    for (const options of histories) await writeHistory(store, options);
    const db = new Database(':memory:');
    const runner = createProjectionRunner({ store, db, projections: [...pivotalProjections], batchSize: 500 });
    await runner.start();
    await runner.stop();
    const queries = createReadModelQueries(db);
    const events = rawEvents();
    expect(events.length).toBeGreaterThan(5000);

    const day = 86_400_000;
    const end = Date.parse(now);
    const ranges: [number | undefined, number | undefined][] = [
      [undefined, undefined],
      [end - 90 * day, end - 30 * day],
      [end - 60 * day, undefined],
      [undefined, end - 120 * day],
    ];
    for (const agencyId of ['agency-north', 'agency-south']) {
      for (const [from, to] of ranges) {
        const answer = queries.agencyAnalytics({
          agencyId,
          from: from === undefined ? null : new Date(from).toISOString(),
          to: to === undefined ? null : new Date(to).toISOString(),
        });
        const { range: _range, agencyId: _agency, ...figures } = answer;
        expect({ agencyId, from, to, ...figures }).toEqual({ agencyId, from, to, ...bruteForce(events, agencyId, from, to) });
      }
    }
    const all = queries.agencyAnalytics({ agencyId: 'agency-north' });
    expect(all.funnel.offers).toBeGreaterThan(0);
    expect(all.goalImpact.offerRateAfterGoals).not.toBeNull();
    await store.close();
  });
});
