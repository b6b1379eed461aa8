import { describe } from 'vitest';
import { describeEventStore } from './event-store.contract';
import { createEventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];
if (!connectionString) {
  console.log(
    'EventStoreDB contract skipped: set EVENTSTORE_CONNECTION_STRING (no EventStoreDB server can run on this machine)',
  );
}

describe.skipIf(!connectionString)('against the server of EVENTSTORE_CONNECTION_STRING', () => {
  describeEventStore('eventstoredb', () => createEventStoreDbEventStore(connectionString as string));
});
