import { lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '../graphql/pub-sub';
import { buildPivotalSchema } from '../graphql/schema';

/** The header of the checked-in schema file. */
const HEADER = `# Pivotal's public GraphQL schema: the clients' only contract.
# Generated from apps/api's type-graphql classes; do not edit. Regenerate with: npm run -w @pivotal/api schema
`;

/** The schema as SDL, types sorted, as `libs/client/schema.graphql` holds it. */
export const printPivotalSchema = (): string =>
  `${HEADER}\n${printSchema(lexicographicSortSchema(buildPivotalSchema(createPubSub())))}\n`;
