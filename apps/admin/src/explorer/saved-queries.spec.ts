import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { savedQueries, savedVariables } from './saved-queries';

describe('saved explorer queries', () => {
  it('are each one named query over analytics, with unique ids', () => {
    expect(new Set(savedQueries.map((q) => q.id)).size).toBe(savedQueries.length);
    for (const saved of savedQueries) {
      const document = parse(saved.query);
      expect(document.definitions).toHaveLength(1);
      const [operation] = document.definitions;
      expect(operation?.kind).toBe(Kind.OPERATION_DEFINITION);
      if (operation?.kind !== Kind.OPERATION_DEFINITION) continue;
      expect(operation.operation).toBe('query');
      expect(operation.name?.value).toBeTruthy();
      const [field] = operation.selectionSet.selections;
      expect(field?.kind === Kind.FIELD && field.name.value).toBe('analytics');
    }
  });

  it('give variables only to queries that declare them, as valid JSON', () => {
    for (const [id, json] of Object.entries(savedVariables)) {
      const saved = savedQueries.find((q) => q.id === id);
      expect(saved?.query).toContain('$');
      expect(() => JSON.parse(json) as unknown).not.toThrow();
    }
  });
});
