import { createHash, randomUUID } from 'node:crypto';
import { schemaVersionOf } from '@pivotal/domain';
import { newEventId, WrongExpectedRevision, type EventStore, type ExpectedRevision, type RecordedEvent } from '@pivotal/event-store';

/**
 * Uniqueness across streams (one account per email, one agency per join code) cannot be a
 * decider's rule: it is a reservation stream per value, appended at the revision its reader saw,
 * so that of two concurrent claims exactly one wins. The value's holder is the owner named by the
 * stream's last `…Reserved` event, unless a `…Released` event came after it (an erased account's
 * email can be signed up with again).
 */
export interface Reservation {
  readonly streamId: string;
  readonly type: string;
  readonly releasedType: string;
}

interface ReservationMeta {
  readonly actorId: string;
  readonly now: Date;
  readonly correlationId?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `account-email-<sha256(email)>`: the email is never stored in clear in the stream's name. */
export const emailReservation = (email: string): Reservation => ({
  streamId: `account-email-${sha256(email.trim().toLowerCase())}`,
  type: 'EmailReserved',
  releasedType: 'EmailReleased',
});

/** `agency-code-<CODE>`. */
export const joinCodeReservation = (joinCode: string): Reservation => ({
  streamId: `agency-code-${joinCode.trim().toUpperCase()}`,
  type: 'JoinCodeReserved',
  releasedType: 'JoinCodeReleased',
});

const ownerIn = (event: RecordedEvent | undefined): string | null => {
  const ownerId = (event?.data as { ownerId?: unknown } | undefined)?.ownerId;
  return typeof ownerId === 'string' ? ownerId : null;
};

/** The stream's last event, and the revision a claim or a release must be appended at. */
const lastOf = async (store: EventStore, reservation: Reservation) => {
  const events = await store.readStream(reservation.streamId);
  const last = events.at(-1);
  const expected: ExpectedRevision = last ? last.revision : 'no_stream';
  return { last, expected, holder: last?.type === reservation.type ? ownerIn(last) : null };
};

const appendAt = async (
  store: EventStore,
  reservation: Reservation,
  type: string,
  data: Record<string, unknown>,
  expected: ExpectedRevision,
  meta: ReservationMeta,
): Promise<boolean> => appendAllAt(store, reservation, [{ type, data }], expected, meta);

const appendAllAt = async (
  store: EventStore,
  reservation: Reservation,
  events: readonly { type: string; data: Record<string, unknown> }[],
  expected: ExpectedRevision,
  meta: ReservationMeta,
): Promise<boolean> => {
  const correlationId = meta.correlationId ?? randomUUID();
  try {
    await store.append(
      reservation.streamId,
      events.map(({ type, data }) => ({
        id: newEventId(),
        type,
        data,
        metadata: {
          schemaVersion: schemaVersionOf(type),
          correlationId,
          causationId: correlationId,
          actorId: meta.actorId,
          occurredAt: meta.now.toISOString(),
        },
      })),
      expected,
    );
    return true;
  } catch (error) {
    if (error instanceof WrongExpectedRevision) return false;
    throw error;
  }
};

/** Claims the value for `ownerId`; false when someone holds it already (now or by a concurrent claim). */
export const reserve = async (
  store: EventStore,
  reservation: Reservation,
  ownerId: string,
  meta: ReservationMeta,
): Promise<boolean> => {
  const { holder, expected } = await lastOf(store, reservation);
  if (holder !== null) return false;
  return appendAt(store, reservation, reservation.type, { ownerId, reservedAt: meta.now.toISOString() }, expected, meta);
};

/**
 * Frees the value `ownerId` holds, so that it can be claimed again; true when it was released now,
 * false when `ownerId` did not hold it (released already, or held by someone else).
 */
export const release = async (
  store: EventStore,
  reservation: Reservation,
  ownerId: string,
  meta: ReservationMeta,
): Promise<boolean> => {
  const { holder, expected } = await lastOf(store, reservation);
  if (holder !== ownerId) return false;
  return appendAt(store, reservation, reservation.releasedType, { ownerId, releasedAt: meta.now.toISOString() }, expected, meta);
};

/** The id holding the value, or null. */
export const holderOf = async (store: EventStore, reservation: Reservation): Promise<string | null> =>
  (await lastOf(store, reservation)).holder;

/** Who holds the value and since when (the time of its claim), or null when it is free. */
export const claimOf = async (store: EventStore, reservation: Reservation): Promise<{ holder: string; reservedAt: Date } | null> => {
  const { last, holder } = await lastOf(store, reservation);
  if (holder === null) return null;
  const reservedAt = (last?.data as { reservedAt?: unknown } | undefined)?.reservedAt;
  return { holder, reservedAt: new Date(typeof reservedAt === 'string' ? reservedAt : 0) };
};

/**
 * Releases the value from `orphanId` and claims it for `ownerId` in one append at the revision
 * read: for a claim whose owner never came to be (a sign-up that crashed between reserving the
 * email and registering the account). False when the value is no longer `orphanId`'s, e.g. a
 * concurrent take-over won.
 */
export const takeOver = async (
  store: EventStore,
  reservation: Reservation,
  orphanId: string,
  ownerId: string,
  meta: ReservationMeta,
): Promise<boolean> => {
  const { holder, expected } = await lastOf(store, reservation);
  if (holder !== orphanId) return false;
  const at = meta.now.toISOString();
  return appendAllAt(
    store,
    reservation,
    [
      { type: reservation.releasedType, data: { ownerId: orphanId, releasedAt: at } },
      { type: reservation.type, data: { ownerId, reservedAt: at } },
    ],
    expected,
    meta,
  );
};
