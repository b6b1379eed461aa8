import { createHash } from 'node:crypto';
import type { Command, Decider, Event } from '@pivotal/domain';
import { handleCommand, type CommandResult, type EventStore } from '@pivotal/event-store';
import type { PivotalMetrics } from '../http/metrics';

/** How long a write waits for the projections to show it before answering. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/** What running a command needs: the store, the projections to wait for, and a counter. */
export interface CommandServices {
  readonly store: EventStore;
  readonly projections: { waitForPosition(position: bigint, timeoutMs: number): Promise<void> };
  readonly metrics: Pick<PivotalMetrics, 'eventsAppended' | 'readYourWritesWait'>;
}

/** Who sends a command, when, and how to recognize it when sent again. */
export interface CommandMeta {
  readonly actorId: string;
  readonly now: Date;
  readonly correlationId?: string;
  readonly idempotencyKey?: string | null;
}

/**
 * A UUID derived from an account, a purpose and an idempotency key, so that a retried command
 * addresses the same stream as its first copy (and appends once).
 */
export const idFromKey = (accountId: string, purpose: string, key: string): string => {
  const h = createHash('sha256').update(`${accountId}\u0000${purpose}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Runs one command: the command handler decides and appends (retrying lost races), then this
 * waits until the read models include the write, so that what answers next shows it.
 */
export const runCommand = async <C extends Command, E extends Event, S>(
  services: CommandServices,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  meta: CommandMeta,
): Promise<CommandResult<S>> => {
  const result = await handleCommand(services.store, decider, streamId, command, {
    actorId: meta.actorId,
    occurredAt: meta.now.toISOString(),
    ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
    ...(meta.idempotencyKey ? { idempotencyKey: meta.idempotencyKey } : {}),
  });
  if (!result.duplicate && result.events.length > 0) {
    services.metrics.eventsAppended.inc({ stream_kind: streamId.slice(0, streamId.indexOf('-')) }, result.events.length);
  }
  if (result.position >= 0n) {
    const appended = performance.now();
    await services.projections.waitForPosition(result.position, READ_YOUR_WRITES_TIMEOUT_MS);
    if (!result.duplicate) services.metrics.readYourWritesWait.observe((performance.now() - appended) / 1000);
  }
  return result;
};
