import { defineConfig } from 'vitest/config';

/** `npm run bench`'s live part: vitest only runs the TypeScript test servers; nothing here is a test. */
export default defineConfig({
  test: {
    include: ['bench/live.bench.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    reporters: ['default'],
  },
});
