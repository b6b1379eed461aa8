import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { logRequest, requestLogLevel } from './request-log';

/** An app with the request log in front, logging as JSON lines into `lines` at `level`. */
const appLogging = async (level: 'info' | 'debug') => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      callback();
    },
  });
  const log = pino({ level }, sink);
  const app = express();
  app.get('/ok', (_req, res) => void res.json({ ok: true }));
  app.get('/missing', (_req, res) => void res.status(404).json({ error: 'missing' }));
  app.get('/logs', (req, res) => {
    req.log.info({ reason: 'asked to' }, 'a line of the request');
    res.json({ id: req.id });
  });
  // In front of everything, as the server has it.
  const server: Server = createServer((req, res) => {
    logRequest(log, req, res);
    void app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // pino writes asynchronously to a stream: give the line a moment to land.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { url, lines, settle };
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the request log', () => {
  it('tags every response with an id, keeping a sane one the client sent', async () => {
    const { url } = await appLogging('info');
    const fresh = await fetch(`${url}/ok`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${url}/ok`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const odd = await fetch(`${url}/ok`, { headers: { 'x-request-id': 'no spaces please' } });
    expect(odd.headers.get('x-request-id')).not.toBe('no spaces please');
  });

  it('at info, logs a client mistake with its id and status, and writes nothing for a success', async () => {
    const { url, lines, settle } = await appLogging('info');
    await fetch(`${url}/ok`);
    await fetch(`${url}/missing`, { headers: { 'x-request-id': 'req-404' } });
    await settle();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: 'req-404', method: 'GET', url: '/missing' },
      res: { statusCode: 404 },
    });
    expect(lines[0]?.['responseTime']).toBeTypeOf('number');
  });

  it('at debug, logs successes too', async () => {
    const { url, lines, settle } = await appLogging('debug');
    await fetch(`${url}/ok`);
    await settle();
    expect(lines).toMatchObject([{ level: 20, msg: 'request completed', res: { statusCode: 200 } }]);
  });

  it('binds what a handler logs to its request', async () => {
    const { url, lines, settle } = await appLogging('info');
    const answer = (await (await fetch(`${url}/logs`)).json()) as { id: string };
    await settle();
    expect(lines).toMatchObject([{ msg: 'a line of the request', reason: 'asked to', req: { id: answer.id, url: '/logs' } }]);
  });

  it('rates server faults as errors and client mistakes as info', () => {
    expect([200, 304, 400, 404, 499, 500, 503].map(requestLogLevel)).toEqual(['debug', 'debug', 'info', 'info', 'info', 'error', 'error']);
  });
});
