import { describe, expect, it } from 'vitest';
import type { EventEnvelope, EventMetadata } from './event';
import { CURRENT_SCHEMA_VERSIONS, schemaVersionOf, upcast } from './upcasters';

const metadata = (schemaVersion: number): EventMetadata => ({
  schemaVersion,
  correlationId: 'c-1',
  causationId: 'c-1',
  actorId: 'cand-1',
  occurredAt: '2024-03-02T10:00:00.000Z',
});

const interviewedV1 = (data: Record<string, unknown>): EventEnvelope => ({
  type: 'Interviewed',
  data: { applicationId: 'app-1', interviewId: 'int-1', stage: 'phone screen', occurredAt: '2024-03-02T09:00:00.000Z', ...data },
  metadata: metadata(1),
});

describe('upcast', () => {
  it('given an Interviewed v1 with a 1–10 rating, halves it onto the 1–5 self-rating and adds empty notes', () => {
    expect(upcast(interviewedV1({ rating: 7 }))).toEqual({
      type: 'Interviewed',
      data: {
        applicationId: 'app-1',
        interviewId: 'int-1',
        stage: 'phone screen',
        occurredAt: '2024-03-02T09:00:00.000Z',
        selfRating: 4,
        notes: null,
      },
      metadata: metadata(2),
    });
  });

  it('clamps the old extremes into 1–5', () => {
    expect(upcast(interviewedV1({ rating: 0 })).data).toMatchObject({ selfRating: 1 });
    expect(upcast(interviewedV1({ rating: 1 })).data).toMatchObject({ selfRating: 1 });
    expect(upcast(interviewedV1({ rating: 10 })).data).toMatchObject({ selfRating: 5 });
    expect(upcast(interviewedV1({ rating: 12 })).data).toMatchObject({ selfRating: 5 });
  });

  it('gives a null self-rating when v1 had no rating', () => {
    const upcasted = upcast(interviewedV1({}));
    expect(upcasted.data).toMatchObject({ selfRating: null, notes: null });
    expect(upcasted.data).not.toHaveProperty('rating');
  });

  it('leaves an event of the current version untouched', () => {
    const current: EventEnvelope = {
      type: 'Interviewed',
      data: { applicationId: 'app-1', interviewId: 'int-1', stage: 's', occurredAt: 'x', selfRating: 3, notes: 'ok' },
      metadata: metadata(2),
    };
    expect(upcast(current)).toBe(current);
  });

  it('leaves a type without versions past 1 untouched', () => {
    const applied: EventEnvelope = { type: 'JobApplied', data: { applicationId: 'app-1' }, metadata: metadata(1) };
    expect(upcast(applied)).toBe(applied);
  });

  it('refuses an event written by newer code than it knows', () => {
    expect(() => upcast({ ...interviewedV1({}), metadata: metadata(3) })).toThrow('newer than this code knows');
  });

  it('refuses a version it has no step from', () => {
    expect(() => upcast({ ...interviewedV1({}), metadata: metadata(0) })).toThrow('no upcaster for Interviewed v0');
  });

  it('stamps new events with the current version of their type', () => {
    expect(schemaVersionOf('Interviewed')).toBe(2);
    expect(schemaVersionOf('JobApplied')).toBe(1);
    expect(CURRENT_SCHEMA_VERSIONS.GoalSet).toBe(1);
  });
});
