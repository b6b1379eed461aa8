import { Writable } from 'node:stream';
import { ConcurrencyConflict } from '@pivotal/event-store';
import { InvalidInput, NotFound, RuleBroken } from '@pivotal/domain';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { toClientError } from './errors';

/** A real logger writing JSON lines into an array. */
const capturedLog = () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
};

// As graphql-js wraps what a resolver throws.
const thrownBy = (original: Error) => new GraphQLError(original.message, { path: ['applyForJob'], originalError: original });
const format = (error: GraphQLError) => error.toJSON();

describe('what a client sees of an error', () => {
  it('given a bug, then the message is masked and the log keeps the stack', async () => {
    const { log, lines } = capturedLog();
    const bug = thrownBy(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(toClientError(format(bug), bug, log)).toEqual({
      message: 'internal error',
      path: ['applyForJob'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.stringify(lines)).toContain("reading 'id'");
    expect(JSON.stringify(lines)).toMatch(/"stack":"TypeError/);
  });

  it('given refusals of the domain, then their codes, and the field for bad input', () => {
    const { log } = capturedLog();
    const answer = (error: Error) => toClientError(format(thrownBy(error)), thrownBy(error), log);
    expect(answer(new NotFound('goal', 'g-1'))).toMatchObject({ message: 'goal g-1 not found', extensions: { code: 'NOT_FOUND' } });
    expect(answer(new RuleBroken('a goal is completed once'))).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(answer(new InvalidInput('points[2].note', 'must not be blank'))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'points[2].note' },
    });
  });

  it('given a write that lost every race, then CONFLICT', () => {
    const { log } = capturedLog();
    const lost = thrownBy(new ConcurrencyConflict('goal-1', 10));
    expect(toClientError(format(lost), lost, log).extensions).toEqual({ code: 'CONFLICT' });
  });
});
