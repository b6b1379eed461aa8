import { createMemoryEventStore } from './memory-event-store';
import { describeEventStore } from './event-store.contract';

describeEventStore('memory', () => createMemoryEventStore());
