import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`'s live part and connectivity step: vitest only runs the TypeScript test servers and sources;
 * nothing here is a test.
 */
export default defineConfig({
  test: {
    include: ['bench/live.bench.ts', 'bench/connectivity.bench.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    reporters: ['default'],
  },
});
