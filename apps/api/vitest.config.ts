import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql for type-graphql, Apollo and graphql-ws (STACK.md: "another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    setupFiles: ['reflect-metadata'],
    // Servers on ephemeral ports and sqlite files: a few at a time on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
