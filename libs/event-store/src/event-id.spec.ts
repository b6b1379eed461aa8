import { describe, expect, it } from 'vitest';
import { idempotentEventId, uuidV5 } from './event-id';

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
