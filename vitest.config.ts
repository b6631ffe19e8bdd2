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
    // Browser tests wait for search results with expect.poll; on a loaded 2-core machine Pagefind
    // can take longer than the default second to load, so waits get room (failures still fail).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
