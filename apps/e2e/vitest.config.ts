import { defineConfig } from 'vitest/config';

/** Browser tests against a real api: one file at a time, with time for builds and chromium. */
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
