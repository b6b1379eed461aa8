import {
  buildSchema,
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLScalarType,
  isSpecifiedScalarType,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createPubSub } from '../pub-sub';
import { buildPivotalSchema } from '../schema';
import { createJitExecutor } from './jit-executor';

const sdl = `
  type Query {
    shelf(id: ID!): Shelf
    shelves(first: Int!): [Shelf!]!
  }
  type Mutation { rename(id: ID!, name: String!): Shelf! }
  type Subscription { renamed: Shelf! }
  type Shelf { id: ID! name: String! books: [Book!]! secret: String missing: String! }
  type Book { title: String! year: Int }
`;

/** A small schema with resolvers that succeed, refuse with a code, break, and return null where null is not allowed. */
const bookshelfSchema = (calls: string[]): GraphQLSchema => {
  const schema = buildSchema(sdl);
  const shelf = (id: string) => ({ id, name: `shelf ${id}`, books: [{ title: 'Dune', year: 1965 }, { title: 'Emma', year: null }] });
  const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  fields('Query')['shelf']!.resolve = (_: unknown, args: { id: string }) => {
    calls.push(`shelf ${args.id}`);
    return args.id === 'none' ? null : shelf(args.id);
  };
  fields('Query')['shelves']!.resolve = async (_: unknown, args: { first: number }) =>
    Array.from({ length: args.first }, (_x, i) => shelf(String(i)));
  fields('Mutation')['rename']!.resolve = (_: unknown, args: { id: string; name: string }) => ({ ...shelf(args.id), name: args.name });
  fields('Shelf')['secret']!.resolve = () => {
    throw new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN' } });
  };
  fields('Shelf')['missing']!.resolve = () => null;
  return schema;
};

const run = async (query: string, variables?: Record<string, unknown>, operationName: string | null = null) => {
  const calls: string[] = [];
  const schema = bookshelfSchema(calls);
  const document = parse(query);
  const viaJit = await createJitExecutor(schema)({ document, operationName, variables, contextValue: {} });
  const viaGraphqlJs = (await execute({ schema, document, operationName, variableValues: variables, contextValue: {} })) as ExecutionResult;
  return { viaJit, viaGraphqlJs };
};

/** What a client would receive of a result, and what the server sees behind each error. */
const shape = (result: ExecutionResult) => ({
  json: JSON.parse(JSON.stringify(result)) as unknown,
  errors: result.errors?.map((error) => ({
    isGraphQLError: error instanceof GraphQLError,
    originalError: error.originalError ? { name: error.originalError.name, message: error.originalError.message } : null,
    extensions: { ...error.extensions },
  })),
});

describe('the jit executor', () => {
  it('answers a query exactly as graphql-js does', async () => {
    const { viaJit, viaGraphqlJs } = await run('{ shelves(first: 3) { id name books { title year } } shelf(id: "7") { name } }');
    expect(viaJit.errors).toBeUndefined();
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('gives a refusing resolver the same error as graphql-js: its message, path, code, and the error thrown behind it', async () => {
    const { viaJit, viaGraphqlJs } = await run('{ shelf(id: "1") { name secret } }');
    expect(viaJit.errors?.[0]?.path).toEqual(['shelf', 'secret']);
    expect(viaJit.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('treats null in a non-null field as graphql-js does: the parent becomes null and the error has a path and a cause', async () => {
    const { viaJit, viaGraphqlJs } = await run('{ shelf(id: "1") { name missing } }');
    expect(viaJit.data).toEqual({ shelf: null });
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('refuses a bad variable with graphql-js own error, before running anything', async () => {
    const { viaJit, viaGraphqlJs } = await run('query Q($id: ID!) { shelf(id: $id) { name } }', { id: { not: 'an id' } });
    expect(viaJit.data).toBeUndefined();
    expect(viaJit.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value/);
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('runs the operation named in a document of several, with its variables, and mutations', async () => {
    const query = 'query A { shelf(id: "a") { id } } mutation B($name: String!) { rename(id: "b", name: $name) { id name } }';
    const { viaJit, viaGraphqlJs } = await run(query, { name: 'Fiction' }, 'B');
    expect(viaJit.data).toEqual({ rename: { id: 'b', name: 'Fiction' } });
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('runs a compiled document again with other variables', async () => {
    const calls: string[] = [];
    const executor = createJitExecutor(bookshelfSchema(calls));
    const document: DocumentNode = parse('query Q($id: ID!) { shelf(id: $id) { name } }');
    const first = await executor({ document, operationName: null, variables: { id: '1' }, contextValue: {} });
    const second = await executor({ document, operationName: null, variables: { id: 'none' }, contextValue: {} });
    expect(first.data).toEqual({ shelf: { name: 'shelf 1' } });
    expect(second.data).toEqual({ shelf: null });
    expect(calls).toEqual(['shelf 1', 'shelf none']);
  });

  it('leaves a subscription operation to graphql-js', async () => {
    const { viaJit, viaGraphqlJs } = await run('subscription { renamed { id } }');
    expect(shape(viaJit)).toEqual(shape(viaGraphqlJs));
  });

  it('answers leaves as resolvers return them, still refuses null in a non-null leaf, and keeps custom scalars serialized', async () => {
    const schema = buildSchema('scalar Stamp type Query { count: Int! word: String! none: String! stamp: Stamp! }');
    (schema.getType('Stamp') as GraphQLScalarType).serialize = (value) => `stamp:${String(value)}`;
    const fields = (schema.getType('Query') as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
    fields['count']!.resolve = () => 3;
    fields['word']!.resolve = () => 'three';
    fields['none']!.resolve = () => null;
    fields['stamp']!.resolve = () => 7;
    const document = parse('{ count word stamp none }');
    const result = await createJitExecutor(schema)({ document, operationName: null, variables: undefined, contextValue: {} });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe('Cannot return null for non-nullable field Query.none.');
    const withoutNull = await createJitExecutor(schema)({ document: parse('{ count word stamp }'), operationName: null, variables: undefined, contextValue: {} });
    expect(withoutNull).toEqual({ data: { count: 3, word: 'three', stamp: 'stamp:7' } });
  });
});

describe("the api's schema, as the jit executor answers its leaves unserialized", () => {
  const schema = buildPivotalSchema(createPubSub());
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

  it('has enums whose values are their names, so that a resolver’s value is what the client reads', () => {
    const enums = types.filter((type): type is GraphQLEnumType => type instanceof GraphQLEnumType);
    expect(enums.length).toBeGreaterThan(5);
    for (const type of enums) {
      for (const value of type.getValues()) expect(value.value, `${type.name}.${value.name}`).toBe(value.name);
    }
  });

  it('has no custom scalar besides DateTime, which keeps its serializer', () => {
    const custom = types.filter((type) => type instanceof GraphQLScalarType && !isSpecifiedScalarType(type));
    expect(custom.map((type) => type.name)).toEqual(['DateTime']);
  });
});

