/**
 * A second process for the sqlite spec: opens the same file and sends `count` commands to one
 * stream through the command handler, racing the test process. Usage: <file> <stream> <count> <label>
 */
import { handleCommand } from './command-handler';
import { tally } from './contract-fixtures';
import { createSqliteEventStore } from './sqlite-event-store';

const [file, stream, count, label] = process.argv.slice(2);
if (!file || !stream || !count || !label) throw new Error('usage: <file> <stream> <count> <label>');

const store = createSqliteEventStore(file);
for (let i = 0; i < Number(count); i += 1) {
  await handleCommand(
    store,
    tally,
    stream,
    { type: 'Count', data: { appender: i } },
    { actorId: label, occurredAt: '2026-11-25T12:00:00.000Z', maxAttempts: 1000 },
  );
}
await store.close();
