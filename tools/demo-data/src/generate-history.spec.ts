import { describe, expect, it } from 'vitest';
import { createMemoryEventStore, type EventToAppend } from '@pivotal/event-store';
import { candidatesForEvents, countEvents, generateHistory, writeHistory, type HistoryOptions } from './generate-history';

const now = '2026-11-25T12:00:00.000Z';
const options: HistoryOptions = { seed: 5, now, agencyId: 'agency-1', candidates: 120 };
const eventsOf = (o: HistoryOptions) => [...generateHistory(o)].flatMap((batch) => batch.events);
const data = (e: EventToAppend) => e.data as Record<string, unknown>;
const count = (events: EventToAppend[], type: string) => events.filter((e) => e.type === type).length;

describe('the demo history generator', () => {
  it('given the same seed, then it generates the same events, ids included; another seed gives others', () => {
    const a = eventsOf(options);
    expect(JSON.stringify(eventsOf(options))).toBe(JSON.stringify(a));
    const b = eventsOf({ ...options, seed: 6 });
    const ids = new Set(a.map((e) => e.id));
    expect(b.some((e) => ids.has(e.id))).toBe(false);
  });

  it('given a big history, then no id repeats across its thousands of candidates', { timeout: 60_000 }, () => {
    const ids = new Set<string>();
    let events = 0;
    for (const batch of generateHistory({ ...options, candidates: 2500 })) {
      for (const e of batch.events) {
        ids.add(e.id);
        events += 1;
      }
    }
    expect(ids.size).toBe(events);
  });

  it('gives each event a time-ordered (version 7) id carrying the instant it occurred', () => {
    const events = eventsOf(options);
    for (const e of events) {
      expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const msecs = Number.parseInt(e.id.replace(/-/g, '').slice(0, 12), 16);
      expect(msecs).toBe(Date.parse(e.metadata.occurredAt));
    }
  });

  it('follows plausible rates: most applications rejected, about 60% interviewed, a few offers, feedback on most rejections', () => {
    const events = eventsOf(options);
    const applied = count(events, 'JobApplied');
    const interviewed = new Set(events.filter((e) => e.type === 'Interviewed').map((e) => data(e).applicationId)).size;
    expect(interviewed / applied).toBeGreaterThan(0.5);
    expect(interviewed / applied).toBeLessThan(0.65);
    expect(count(events, 'OfferReceived') / applied).toBeGreaterThan(0.05);
    expect(count(events, 'OfferReceived') / applied).toBeLessThan(0.12);
    expect(count(events, 'ApplicationRejected') / applied).toBeGreaterThan(0.55);
    expect(count(events, 'ApplicationWithdrawn')).toBeGreaterThan(0);
    const requested = count(events, 'FeedbackRequested') / count(events, 'ApplicationRejected');
    expect(requested).toBeGreaterThan(0.6);
    expect(requested).toBeLessThan(0.8);
    expect(count(events, 'FeedbackDeclined')).toBeGreaterThan(0);
    expect(count(events, 'GoalCompleted')).toBeGreaterThan(count(events, 'GoalAbandoned'));
    for (const e of events.filter((x) => x.type === 'FeedbackReceived')) {
      expect((data(e).points as unknown[]).length).toBeGreaterThanOrEqual(1);
      expect((data(e).points as unknown[]).length).toBeLessThanOrEqual(6);
    }
  });

  it('yields streams in causal order, each stream new and its events in time order, none after now', () => {
    const seen = new Set<string>();
    const feedback = new Set<string>();
    for (const batch of generateHistory(options)) {
      expect(batch.expected).toBe('no_stream');
      expect(seen.has(batch.streamId)).toBe(false);
      seen.add(batch.streamId);
      const times = batch.events.map((e) => Date.parse(e.metadata.occurredAt));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(now));
      for (const e of batch.events) {
        if (e.type === 'JobApplied') expect(seen.has(`candidate-${String(data(e).candidateId)}`)).toBe(true);
        if (e.type === 'FeedbackReceived') feedback.add(String(data(e).feedbackId));
        if (e.type === 'GoalSet') expect(feedback.has(String(data(e).fromFeedbackId))).toBe(true);
      }
    }
  });

  it('gives an existing candidate a history of their own without registering them again', () => {
    const events = eventsOf({ ...options, candidates: 0, existingCandidateIds: ['demo-candidate'] });
    expect(count(events, 'CandidateRegistered')).toBe(0);
    expect(count(events, 'JobApplied')).toBeGreaterThan(0);
    for (const e of events) if ('candidateId' in data(e)) expect(data(e).candidateId).toBe('demo-candidate');
  });

  it('sizes a history to about N events, and writes it to a store', async () => {
    const candidates = candidatesForEvents(20_000, { seed: 9, now, agencyId: 'a' });
    const total = countEvents({ seed: 9, now, agencyId: 'a', candidates });
    expect(Math.abs(total - 20_000) / 20_000).toBeLessThan(0.1);

    const store = createMemoryEventStore();
    const written = await writeHistory(store, { ...options, candidates: 10 });
    expect(written.events).toBe(countEvents({ ...options, candidates: 10 }));
    expect(await store.headPosition()).toBe(written.lastPosition);
    expect(written.lastPosition).toBe(BigInt(written.events - 1));
    await store.close();
  });
});

describe('the demo history of a team sharing its queue', { timeout: 60_000 }, () => {
  const team = ['lead', 'priya', 'tom', 'lena'];
  const teamOptions: HistoryOptions = { ...options, candidates: 200, team };
  const events = eventsOf(teamOptions);
  const byApplication = new Map<string, EventToAppend[]>();
  for (const e of events) {
    const id = data(e).applicationId;
    if (typeof id !== 'string') continue;
    byApplication.set(id, [...(byApplication.get(id) ?? []), e]);
  }
  const at = (e: EventToAppend) => Date.parse(e.metadata.occurredAt);
  const requests = [...byApplication.values()].filter((list) => list.some((e) => e.type === 'FeedbackRequested'));
  const answerOf = (list: EventToAppend[]) => list.find((e) => e.type === 'FeedbackReceived' || e.type === 'FeedbackDeclined');
  const requestOf = (list: EventToAppend[]) => list.find((e) => e.type === 'FeedbackRequested') as EventToAppend;

  it('given the same seed, then it generates the same events', () => {
    expect(JSON.stringify(eventsOf(teamOptions))).toBe(JSON.stringify(events));
  });

  it('answers most requests within days, by several staff members, each assigned before it is answered', () => {
    const answered = requests.filter((list) => answerOf(list));
    const withinFourDays = answered.filter((list) => at(answerOf(list)!) - at(requestOf(list)) <= 4 * 86_400_000);
    expect(withinFourDays.length / answered.length).toBeGreaterThan(0.7);
    const answerers = new Set(answered.map((list) => answerOf(list)!.metadata.actorId));
    expect([...answerers].sort()).toEqual([...team].sort());
    for (const list of answered) {
      const assigned = list.filter((e) => e.type === 'FeedbackAssigned');
      expect(assigned.length).toBeGreaterThan(0);
      expect(data(assigned.at(-1)!).assigneeId).toBe(answerOf(list)!.metadata.actorId);
      expect(at(assigned.at(-1)!)).toBeLessThanOrEqual(at(answerOf(list)!));
    }
  });

  it('leaves a realistic tail waiting: a few requests, some unassigned, some a month old, some reassigned on the way', () => {
    const waiting = requests.filter((list) => !answerOf(list));
    const unassigned = waiting.filter((list) => !list.some((e) => e.type === 'FeedbackAssigned'));
    expect(waiting.length / requests.length).toBeLessThan(0.1);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(unassigned.length).toBeLessThan(waiting.length);
    expect(waiting.some((list) => Date.parse(now) - at(requestOf(list)) > 30 * 86_400_000)).toBe(true);
    expect(events.some((e) => e.type === 'FeedbackAssigned' && data(e).previousAssigneeId !== null)).toBe(true);
  });

  it('without a team, leaves the single-staff history as it was: no assignment, the one staff account answers', () => {
    const single = eventsOf({ ...options, staffId: 'sam' });
    expect(count(single, 'FeedbackAssigned')).toBe(0);
    for (const e of single.filter((x) => x.type === 'FeedbackReceived')) expect(e.metadata.actorId).toBe('sam');
  });
});
