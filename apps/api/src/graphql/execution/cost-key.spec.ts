import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertAffordable } from '../query-limits';
import { costKey, costVariables } from './cost-key';

const apply = 'mutation Apply($input: ApplyInput!) { applyForJob(input: $input) { id } }';
const paged = `query Queue($first: Int = 50, $after: String, $withPoints: Boolean!) {
  feedbackQueue(first: $first, after: $after) { nodes { ...Row } }
}
fragment Row on FeedbackRequest { id points @include(if: $withPoints) { note } }`;

describe('the cost key', () => {
  it('finds the variables a cost depends on: page sizes and skip/include conditions, in fragments too', () => {
    expect(costVariables(parse(apply))).toEqual([]);
    expect(costVariables(parse(paged))).toEqual(['first', 'withPoints']);
  });

  it('is one key for operations that differ only in what costs nothing (an input, a cursor)', () => {
    const document = parse(apply);
    const acme = costKey(document, 'Apply', apply, { input: { company: 'Acme', role: 'Engineer' } });
    const globex = costKey(document, 'Apply', apply, { input: { company: 'Globex', role: 'Analyst' } });
    expect(acme).toBe(globex);
    const queue = parse(paged);
    expect(costKey(queue, 'Queue', paged, { first: 10, after: 'a', withPoints: true })).toBe(
      costKey(queue, 'Queue', paged, { first: 10, after: 'b', withPoints: true }),
    );
  });

  it('is another key when a page size or a condition changes, or when a variable is absent rather than null', () => {
    const queue = parse(paged);
    const key = (variables: Record<string, unknown>) => costKey(queue, 'Queue', paged, variables);
    const keys = [
      key({ first: 10, withPoints: true }),
      key({ first: 100, withPoints: true }),
      key({ first: 10, withPoints: false }),
      key({ first: null, withPoints: true }),
      key({ withPoints: true }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is another key for another operation of the same text, and none for a text too long to keep', () => {
    const twice = `query A { me { id } } query B { me { id } }`;
    const document = parse(twice);
    expect(costKey(document, 'A', twice, {})).not.toBe(costKey(document, 'B', twice, {}));
    expect(costKey(document, 'A', `${twice}${' '.repeat(10_000)}`, {})).toBeUndefined();
  });
});

describe('remembered costs under such a key', () => {
  it('never remember a request whose variables do not fit: the next one with the same key is priced, and refused', () => {
    const schema = buildSchema('type Query { items(first: Int, tag: String!): [Item!]! } type Item { a: Int b: Int }');
    const query = 'query Items($first: Int, $tag: String!) { items(first: $first, tag: $tag) { a b } }';
    const document = parse(query);
    const price = (variables: Record<string, unknown>) =>
      assertAffordable(schema, document, variables, 'Items', 50, costKey(document, 'Items', query, variables));
    // A tag that is no string: no estimate (execution refuses the variables later).
    expect(price({ first: 100, tag: 5 })).toBe(0);
    // The same page size with a fitting tag: 1 + 100 × 2, over the limit of 50.
    expect(() => price({ first: 100, tag: 'remote' })).toThrow(/would cost 201/);
  });
});
