import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:faults` (TESTING.md): crash points, database outages behind a TCP proxy, SIGTERM under
 * load.
 * Not part of `npm test`. Files run one at a time, so one file's load never skews another's.
 */
export default defineConfig({
  resolve: {
    // One copy of graphql for every importer, as in vitest.config.ts.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
