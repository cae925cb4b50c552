import { defineConfig } from 'vitest/config';

// Benchmarks run only through `npm run bench`, never in the test suite (timings are not assertions).
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.ts'],
    environment: 'happy-dom',
    testTimeout: 120_000,
    // One file at a time: two timed files side by side on a two-core machine time each other.
    fileParallelism: false,
  },
});
