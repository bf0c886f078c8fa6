import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Integration suites share one embedded Neo4j per file; two cores do not gain from more forks.
    maxWorkers: 2,
  },
});
