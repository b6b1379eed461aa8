import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-server';

describe('stopping the server', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const app = await startTestServer();
    const { port } = app.server;
    const body = JSON.stringify({ query: '{ __typename }' });

    // A request whose body is only half sent when the server is told to stop.
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let response = '';
    socket.on('data', (chunk) => (response += String(chunk)));
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closing = app.close({ removeData: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();

    socket.write(body.slice(10));
    await ended;
    await closing;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('{"data":{"__typename":"Query"}}');
  });
});
