import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'cli/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed check: Vitest's 5 s default failed tests that were only waiting for
    // a core on a loaded machine (issue #11). Speed is measured by npm run bench.
    testTimeout: 20_000,
    // And a time budget for every property test within it (src/testing/fastcheck.setup.ts).
    setupFiles: ['src/testing/fastcheck.setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
