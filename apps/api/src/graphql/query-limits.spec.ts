import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createPubSub } from './pub-sub';
import { assertAffordable, depthLimit, MAX_COST, MAX_DEPTH } from './query-limits';
import { buildPivotalSchema } from './schema';

const schema = buildPivotalSchema(createPubSub());
const depthErrors = (query: string) => validate(schema, parse(query), [...specifiedRules, depthLimit(4)]).map((e) => e.message);
const cost = (query: string, variables?: Record<string, unknown>) =>
  assertAffordable(schema, parse(query), variables, undefined, Number.MAX_SAFE_INTEGER);

describe('query limits', () => {
  it('given a query as deep as allowed, then depth lets it through', () => {
    expect(depthErrors('{ me { candidate { applications { id } } } }')).toEqual([]);
  });

  it('given a query one level too deep, then depth refuses it', () => {
    expect(depthErrors('{ me { candidate { applications { interviews { id } } } } }')).toEqual([
      'the query is nested 5 deep; at most 4 levels are allowed',
    ]);
  });

  it('counts the depth inside fragments, and survives a fragment cycle', () => {
    const deep = `{ me { ...c } } fragment c on Viewer { candidate { applications { candidate { id } } } }`;
    expect(depthErrors(deep)).toHaveLength(1);
    const cyclic = 'fragment a on Candidate { applications { candidate { ...a } } } { me { candidate { ...a } } }';
    expect(depthErrors(cyclic).some((m) => /nested/.test(m) || /cycle|spread itself/i.test(m))).toBe(true);
  });

  it('prices a page by its size: twice the page, about twice the cost', () => {
    const page = (first: number) => cost(`{ candidates(first: ${first}) { nodes { id name } } }`);
    expect(page(50)).toBeGreaterThan(1.9 * page(25));
  });

  it('prices variables as sent', () => {
    const query = 'query ($n: Int) { feedbackQueue(first: $n) { nodes { waitingHours } } }';
    expect(cost(query, { n: 100 })).toBeGreaterThan(cost(query, { n: 10 }));
  });

  it('given a candidate dashboard, then it is affordable; given the same for 100 candidates, then it is not', () => {
    const dashboard = '{ me { candidate { applications { interviews { id } feedback { points { note } } } goals { id } } } }';
    expect(assertAffordable(schema, parse(dashboard), undefined, undefined)).toBeLessThan(MAX_COST);
    const everyone = '{ candidates(first: 100) { nodes { applications { interviews { id } feedback { points { note } } } } } }';
    expect(() => assertAffordable(schema, parse(everyone), undefined, undefined)).toThrow(/would cost \d+; at most 20000/);
  });

  it('given the introspection query GraphiQL and analysts\' tools send, then both limits let it through', () => {
    const introspection = parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(validate(schema, introspection, [...specifiedRules, depthLimit()])).toEqual([]);
    expect(assertAffordable(schema, introspection, undefined, undefined)).toBeLessThan(MAX_COST);
  });

  it('given introspection nested type in field in type past the limit, then depth still refuses it', () => {
    const nested = (levels: number): string => (levels === 0 ? 'name' : `fields { type { ${nested(levels - 1)} } }`);
    const query = `{ __type(name: "Candidate") { ${nested(MAX_DEPTH)} } }`;
    expect(validate(schema, parse(query), [...specifiedRules, depthLimit()]).map((e) => e.message)).toContainEqual(
      expect.stringMatching(/nested more than 10 deep/),
    );
  });
});
