import { createHash, randomUUID } from 'node:crypto';
import { schemaVersionOf } from '@pivotal/domain';
import { WrongExpectedRevision, type EventStore } from '@pivotal/event-store';

/**
 * Uniqueness across streams (one account per email, one agency per join code) cannot be a
 * decider's rule: it is a reservation stream per value, appended with `no_stream`, so that of two
 * concurrent claims exactly one wins. The stream holds the id that owns the value.
 */
export interface Reservation {
  readonly streamId: string;
  readonly type: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `account-email-<sha256(email)>`: the email is never stored in clear in the stream's name. */
export const emailReservation = (email: string): Reservation => ({
  streamId: `account-email-${sha256(email.trim().toLowerCase())}`,
  type: 'EmailReserved',
});

/** `agency-code-<CODE>`. */
export const joinCodeReservation = (joinCode: string): Reservation => ({
  streamId: `agency-code-${joinCode.trim().toUpperCase()}`,
  type: 'JoinCodeReserved',
});

/** Claims the value for `ownerId`; false when someone holds it already (now or by a concurrent claim). */
export const reserve = async (
  store: EventStore,
  reservation: Reservation,
  ownerId: string,
  meta: { actorId: string; now: Date; correlationId?: string },
): Promise<boolean> => {
  const correlationId = meta.correlationId ?? randomUUID();
  try {
    await store.append(
      reservation.streamId,
      [
        {
          id: randomUUID(),
          type: reservation.type,
          data: { ownerId, reservedAt: meta.now.toISOString() },
          metadata: {
            schemaVersion: schemaVersionOf(reservation.type),
            correlationId,
            causationId: correlationId,
            actorId: meta.actorId,
            occurredAt: meta.now.toISOString(),
          },
        },
      ],
      'no_stream',
    );
    return true;
  } catch (error) {
    if (error instanceof WrongExpectedRevision) return false;
    throw error;
  }
};

/** The id holding the value, or null. */
export const holderOf = async (store: EventStore, reservation: Reservation): Promise<string | null> => {
  const [first] = await store.readStream(reservation.streamId);
  const ownerId = (first?.data as { ownerId?: unknown } | undefined)?.ownerId;
  return typeof ownerId === 'string' ? ownerId : null;
};
