import { createMemoryEventStore } from '@pivotal/event-store';
import { describe, expect, it } from 'vitest';
import { claimOf, emailReservation, holderOf, release, reserve, takeOver } from './reservations';

const meta = { actorId: 'system', now: new Date('2026-12-04T10:00:00Z') };
const ann = emailReservation('Ann@Example.com ');

describe('reservations', () => {
  it('given no claim, when reserved, then the owner holds the value (whatever its case and spaces)', async () => {
    const store = createMemoryEventStore();
    expect(await reserve(store, ann, 'account-1', meta)).toBe(true);
    expect(await holderOf(store, emailReservation('ann@example.com'))).toBe('account-1');
  });

  it('given a held value, when someone else claims it, then the claim is refused and the holder stays', async () => {
    const store = createMemoryEventStore();
    await reserve(store, ann, 'account-1', meta);
    expect(await reserve(store, ann, 'account-2', meta)).toBe(false);
    expect(await holderOf(store, ann)).toBe('account-1');
  });

  it('given two concurrent claims, then exactly one wins', async () => {
    const store = createMemoryEventStore();
    const won = await Promise.all(['account-1', 'account-2', 'account-3'].map((id) => reserve(store, ann, id, meta)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('given a released value, then nobody holds it and a new owner can claim it', async () => {
    const store = createMemoryEventStore();
    await reserve(store, ann, 'account-1', meta);
    expect(await release(store, ann, 'account-1', meta)).toBe(true);
    expect(await holderOf(store, ann)).toBeNull();
    expect(await reserve(store, ann, 'account-2', meta)).toBe(true);
    expect(await holderOf(store, ann)).toBe('account-2');
    expect((await store.readStream(ann.streamId)).map((e) => e.type)).toEqual(['EmailReserved', 'EmailReleased', 'EmailReserved']);
  });

  it('refuses to release what the owner does not hold, and releasing twice changes nothing', async () => {
    const store = createMemoryEventStore();
    expect(await release(store, ann, 'account-1', meta)).toBe(false);
    await reserve(store, ann, 'account-1', meta);
    expect(await release(store, ann, 'account-2', meta)).toBe(false);
    expect(await release(store, ann, 'account-1', meta)).toBe(true);
    expect(await release(store, ann, 'account-1', meta)).toBe(false);
    expect(await store.readStream(ann.streamId)).toHaveLength(2);
  });

  it('given a claim whose owner never came to be, then exactly one of concurrent take-overs wins, releasing it in the same append', async () => {
    const store = createMemoryEventStore();
    await reserve(store, ann, 'ghost', meta);
    expect(await claimOf(store, ann)).toEqual({ holder: 'ghost', reservedAt: meta.now });
    const won = await Promise.all(['account-1', 'account-2'].map((id) => takeOver(store, ann, 'ghost', id, meta)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect((await store.readStream(ann.streamId)).map((e) => e.type)).toEqual(['EmailReserved', 'EmailReleased', 'EmailReserved']);
    expect(await takeOver(store, ann, 'ghost', 'account-3', meta)).toBe(false);
  });
});
