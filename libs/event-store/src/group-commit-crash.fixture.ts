/**
 * A process for the group-commit crash spec: opens `file` and sends commands of three events each
 * through the command handler from 32 concurrent callers, group-committed, printing the stream of
 * each acknowledged command on its own line, until it is killed. Usage: <file>
 */
import type { Command, Decider, Event } from '@pivotal/domain';
import { handleCommand } from './command-handler';
import { createSqliteEventStore } from './sqlite-event-store';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: <file>');

/** Every command appends three events, numbered, so that a stream shows whether a command was cut. */
const triple: Decider<Command<'Triple'>, Event<'Part', { part: number }>, null> = {
  initialState: () => null,
  evolve: (state) => state,
  decide: () => [0, 1, 2].map((part) => ({ type: 'Part', data: { part } })),
};

const store = createSqliteEventStore(file);
let sent = 0;
const caller = async (callerId: number) => {
  for (;;) {
    const stream = `triple-${callerId}-${(sent += 1) % 50}`;
    await handleCommand(store, triple, stream, { type: 'Triple', data: {} }, {
      actorId: `caller-${callerId}`,
      occurredAt: '2026-12-07T12:00:00.000Z',
    });
    process.stdout.write(`${stream}\n`);
  }
};
await Promise.all(Array.from({ length: 32 }, (_, i) => caller(i)));
