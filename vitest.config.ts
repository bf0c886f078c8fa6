import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: Neo4j-backed tests on a busy two-core machine can take tens of seconds; a hang still fails.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration suites share one embedded Neo4j per file; two cores do not gain from more forks.
    maxWorkers: 2,
    // No test may reach the real Hugging Face Hub: npm start and npm run ingest fetch a missing model
    // on their own unless this is 0. Set on process.env, so the CLIs and servers tests spawn inherit it;
    // the fetch tests turn it on explicitly against a mirror on 127.0.0.1.
    env: { RADSLAG_MODEL_FETCH: '0' },
  },
});
