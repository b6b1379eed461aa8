/**
 * Runs the projection runner over the given files until it has caught up, saying "committed" on
 * stdout after each commit; the crash spec kills it with SIGKILL at random moments.
 */
import { createSqliteEventStore } from '@pivotal/event-store';
import { openReadModelDb } from '../read-model-db';
import { createProjectionRunner } from '../runner';
import { ledgerProjection } from './test-projections';

const [eventsDb, readDb] = process.argv.slice(2) as [string, string];
const store = createSqliteEventStore(eventsDb);
const db = openReadModelDb(readDb);
const runner = createProjectionRunner({ store, db, projections: [ledgerProjection], batchSize: 25 });
runner.onCommitted(() => {
  process.stdout.write('committed\n');
});
await runner.start();
await runner.stop();
db.close();
await store.close();
process.stdout.write('caught up\n');
