import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A lagging projection, as `/metrics` reports it. */
export interface ProjectionLag {
  readonly name: string;
  /** How far its checkpoint is behind the log's head, in positions (events for sqlite, bytes for EventStoreDB). */
  readonly lagPositions: number;
  readonly stopped: boolean;
}

/** The Prometheus metrics of one process, served as text at `/metrics`. */
export interface PivotalMetrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly graphqlOperations: Counter<'type' | 'outcome'>;
  readonly eventsAppended: Counter<'stream_kind'>;
  /** How long a write waited, once appended, for the projections to show it (the live lag it saw). */
  readonly readYourWritesWait: Histogram;
}

export const createMetrics = (projectionLags: () => Promise<ProjectionLag[]> | ProjectionLag[]): PivotalMetrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pivotal_process_' });
  const httpRequests = new Counter({
    name: 'pivotal_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'pivotal_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const graphqlOperations = new Counter({
    name: 'pivotal_graphql_operations_total',
    help: 'GraphQL operations executed, by type (query, mutation, subscription) and outcome (ok, error).',
    labelNames: ['type', 'outcome'] as const,
    registers: [registry],
  });
  const eventsAppended = new Counter({
    name: 'pivotal_events_appended_total',
    help: 'Events this process appended to the event store, by stream kind.',
    labelNames: ['stream_kind'] as const,
    registers: [registry],
  });
  const readYourWritesWait = new Histogram({
    name: 'pivotal_read_your_writes_wait_seconds',
    help: 'Time from a write appended to its events applied by every projection of this process (the live projection lag a write sees).',
    buckets: [0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'pivotal_projection_lag_positions',
    help: 'How far a projection is behind the head of the log, in positions (events for sqlite, bytes for EventStoreDB).',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const lag of await projectionLags()) this.set({ projection: lag.name }, lag.lagPositions);
    },
  });
  new Gauge({
    name: 'pivotal_projection_stopped',
    help: '1 when a projection stopped on an error, else 0.',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const lag of await projectionLags()) this.set({ projection: lag.name }, lag.stopped ? 1 : 0);
    },
  });
  return { registry, httpRequests, httpDuration, graphqlOperations, eventsAppended, readYourWritesWait };
};
