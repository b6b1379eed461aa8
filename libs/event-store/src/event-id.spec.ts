import { describe, expect, it } from 'vitest';
import { idempotentEventId, newEntityId, newEventId, uuidV5 } from './event-id';

describe('name-based event ids', () => {
  it('given the DNS namespace and "www.example.com", when hashed, then it is the published v5 UUID', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('given the same stream, key and index, when derived twice, then the ids are equal', () => {
    expect(idempotentEventId('goal-1', 'key-1', 0)).toBe(idempotentEventId('goal-1', 'key-1', 0));
  });

  it('given a different stream, key or index, when derived, then every id differs', () => {
    const ids = [
      idempotentEventId('goal-1', 'key-1', 0),
      idempotentEventId('goal-2', 'key-1', 0),
      idempotentEventId('goal-1', 'key-2', 0),
      idempotentEventId('goal-1', 'key-1', 1),
    ];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('new event ids', () => {
  const v7Shape = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  /** The Unix milliseconds a version-7 id carries in its first 48 bits. */
  const msecsOf = (id: string): number => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

  it('given many made in a tight loop, when compared, then each sorts after the one before and none repeats', () => {
    const ids = Array.from({ length: 50_000 }, () => newEventId());
    const outOfOrder = ids.filter((id, i) => i > 0 && !((ids[i - 1] as string) < id));
    expect(outOfOrder).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given one made now, then it is a version-7 UUID carrying the current time', () => {
    const before = Date.now();
    const id = newEventId();
    const after = Date.now();
    expect(id).toMatch(v7Shape);
    expect(msecsOf(id)).toBeGreaterThanOrEqual(before);
    expect(msecsOf(id)).toBeLessThanOrEqual(after);
  });

  it('given ids made a millisecond apart, then the later one sorts after the earlier', async () => {
    const earlier = newEventId();
    await new Promise((resolve) => setTimeout(resolve, 2));
    const later = newEventId();
    expect(msecsOf(later)).toBeGreaterThan(msecsOf(earlier));
    expect(earlier < later).toBe(true);
  });

  it('given the same instant and seeded bytes, when made twice, then the ids are equal and carry that instant', () => {
    const seeded = { msecs: Date.parse('2026-06-01T09:30:00.000Z'), random: new Uint8Array(16).fill(7) };
    const id = newEventId(seeded);
    expect(newEventId(seeded)).toBe(id);
    expect(id).toMatch(v7Shape);
    expect(msecsOf(id)).toBe(seeded.msecs);
    expect(newEventId({ ...seeded, random: new Uint8Array(16).fill(8) })).not.toBe(id);
  });
});

describe('new entity ids', () => {
  it('given several made one after another, then they are version-7 UUIDs in the order they were made', () => {
    const ids = Array.from({ length: 1000 }, () => newEntityId());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
