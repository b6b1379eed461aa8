import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, print, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// jsdom replaces the global URL, so build the path without it.
const here = dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(join(here, '../../schema.graphql'), 'utf8'));

const modules = import.meta.glob<Record<string, unknown>>(
  ['./web/*.ts', './admin/*.ts', '!./**/*.spec.ts', '!./**/index.ts'],
  {
    eager: true,
  },
);

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';

const operations = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
    .filter(([, document]) =>
      document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
    )
    .map(([name, document]) => ({ name: `${file} ${name}`, document })),
);

describe('the operations of both apps', () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations)('$name is valid against schema.graphql', ({ document }) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it.each(operations)('$name carries each fragment it spreads exactly once', ({ document }) => {
    const fragmentNames = document.definitions.flatMap((definition) =>
      definition.kind === 'FragmentDefinition' ? [definition.name.value] : [],
    );
    expect(new Set(fragmentNames).size).toBe(fragmentNames.length);
    expect(print(document)).not.toContain('@_unmask');
  });
});
