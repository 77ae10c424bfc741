import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest's default on 2 cores is one worker; the end-to-end files mostly wait on child processes and local
    // servers, so a second worker keeps both cores busy.
    maxWorkers: 2,
    // One module graph per worker instead of one per file: re-importing src/ and its lazy imports (ajv, yaml, the
    // SDKs) in each of ~90 files cost more than all the unit tests together. Tests that change process.env or the
    // working directory restore them in `finally`.
    isolate: false,
    // End-to-end tests start node processes (a bundled CLI reading GCE needs seconds of CPU to load its SDK) and
    // local servers, on 2 cores shared with the other worker.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
  },
});
