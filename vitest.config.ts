import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: Neo4j-backed tests on a busy two-core machine can take tens of seconds; a hang still fails.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration suites share one embedded Neo4j per file; two cores do not gain from more forks.
    maxWorkers: 2,
  },
});
