import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, dataOf, signUpCandidate } from '../testing/fixtures';
import { startTestServer, type TestServer } from '../testing/test-server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close({ removeData: true }));

describe('the HTTP endpoints', () => {
  it('answers /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz once every projection has caught up', async () => {
    const response = await fetch(`${app.url}/readyz`);
    const body = (await response.json()) as { ready: boolean; projections: { name: string }[] };
    expect(response.status).toBe(200);
    expect(body.ready).toBe(true);
    expect(body.projections.map((p) => p.name)).toContain('applications');
  });

  it('answers /metrics as Prometheus text with requests, projection lag and events appended', async () => {
    await app.gql('{ __typename }');
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/pivotal_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toContain('pivotal_http_request_duration_seconds_bucket');
    expect(text).toMatch(/pivotal_projection_lag_positions\{projection="applications"\} 0/);
    expect(text).toContain('pivotal_events_appended_total');
  });

  it('given a write, when /metrics is read, then the wait for its read-your-writes is counted in a histogram', async () => {
    await createAgency(app, 'METRICS');
    const candidate = await signUpCandidate(app, 'mona@metrics.test', 'METRICS');
    const before = await (await fetch(`${app.url}/metrics`)).text();
    const count = (text: string) => Number(/pivotal_read_your_writes_wait_seconds_count (\d+)/.exec(text)?.[1] ?? NaN);

    dataOf(
      await app.gql(
        `mutation ($input: ApplyInput!) { applyForJob(input: $input) { id } }`,
        { input: { company: 'Acme', role: 'Analyst' } },
        candidate.token,
      ),
    );

    const after = await (await fetch(`${app.url}/metrics`)).text();
    expect(count(after)).toBe(count(before) + 1);
    expect(after).toMatch(/pivotal_read_your_writes_wait_seconds_bucket\{le="0.02"\} \d+/);
  });

  it('answers a plain "not built yet" page at / and /admin/ when an app is not built', async () => {
    const response = await fetch(`${app.url}/admin/some/route`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/not built yet|<div id="root">|<!doctype html>/i);
  });

  it('tags every response with a request id, GraphQL answers included', async () => {
    const response = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    const graphql = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-request-id': 'gql-456' } });
    expect(graphql.headers.get('x-request-id')).toBe('gql-456');
    const fresh = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
