import { describe, expect, it } from 'vitest';
import { AlreadyExists, Forbidden, InvalidInput, NotFound, RuleBroken, isDomainError } from './errors';
import type { Command, Decider, Event } from './event';
import { SpecificationFailed, specification } from './specification';

// A counter that refuses to go past 2: small enough to see every outcome of the helper.
type Counted = Event<'Counted', { by: number }>;
type Count = Command<'Count', { by: number }>;
const counter: Decider<Count, Counted, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.data.by > 2) throw new RuleBroken('a counter stops at 2');
    if (command.data.by < 1) throw new InvalidInput('by', 'must be positive');
    return [{ type: 'Counted', data: { by: command.data.by } }];
  },
};
const given = specification(counter);
const count = (by: number): Count => ({ type: 'Count', data: { by } });
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('specification', () => {
  it('holds when the decided events are the expected ones', () => given([counted(1)]).when(count(1)).then([counted(1)]));

  it('fails when the decided events differ', () =>
    expect(() => given([]).when(count(1)).then([counted(2)])).toThrow(SpecificationFailed));

  it('fails when events were expected but the command was refused', () =>
    expect(() => given([counted(2)]).when(count(1)).then([counted(1)])).toThrow(/threw RuleBroken/));

  it('holds when the command is refused as expected, and answers the error', () => {
    const error = given([counted(2)]).when(count(1)).thenThrows(RuleBroken, 'stops at 2');
    expect(error.rule).toBe('a counter stops at 2');
  });

  it('fails when the command was accepted', () =>
    expect(() => given([]).when(count(1)).thenThrows(RuleBroken)).toThrow(/but it decided/));

  it('fails on another error class', () =>
    expect(() => given([counted(2)]).when(count(1)).thenThrows(InvalidInput)).toThrow(/expected Count to throw InvalidInput/));

  it('fails on another message', () =>
    expect(() => given([counted(2)]).when(count(1)).thenThrows(RuleBroken, 'stops at 3')).toThrow(/saying "stops at 3"/));

  it('fails on another property', () =>
    expect(() => given([]).when(count(0)).thenThrows(InvalidInput, 'positive', { field: 'amount' })).toThrow(
      /InvalidInput.field/,
    ));
});

describe('domain errors', () => {
  it('carry the code the api answers with', () => {
    expect(new NotFound('goal', 'g-1')).toMatchObject({ code: 'NOT_FOUND', name: 'NotFound', message: 'goal g-1 not found' });
    expect(new AlreadyExists('goal', 'g-1')).toMatchObject({ code: 'CONFLICT', message: 'goal g-1 already exists' });
    expect(new RuleBroken('a goal completes once')).toMatchObject({ code: 'CONFLICT', message: 'a goal completes once' });
    expect(new InvalidInput('points[2].note', 'must not be blank')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'points[2].note',
      message: 'points[2].note must not be blank',
    });
    expect(new Forbidden('only its candidate')).toMatchObject({ code: 'FORBIDDEN', name: 'Forbidden' });
  });

  it('are told apart from bugs', () => {
    expect(isDomainError(new RuleBroken('a rule'))).toBe(true);
    expect(isDomainError(new TypeError('a bug'))).toBe(false);
  });
});
