import { defineConfig } from 'vitest/config';

// One runner for unit, CLI, build and browser tests; builds and browsers get generous timeouts
// (these are limits against hangs, not timings: timings belong in `npm run bench`).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
