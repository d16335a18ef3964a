import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for every importer, or type-graphql and Apollo see two realms.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['server/src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser, fault and load tiers have configs and scripts of their own (test:browser, test:faults, test:load).
    exclude: ['test/browser/**', 'test/faults/**', 'test/load/**', '**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
