import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * The tagged `graphql()` function for every Pivotal operation. Documents are typed from the
 * checked-in `schema.graphql` (through the generated `graphql-env.d.ts`), so an operation that
 * drifts from the schema is a type error. `DateTime` crosses the wire as an ISO-8601 string.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string };
  // Fragments only share selections here; components read the spread fields directly.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
