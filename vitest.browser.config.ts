import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Browser tests of the built console (Playwright over Debian's Chromium) against a real server.
 * Run: `npx vitest run -c vitest.browser.config.ts`. The console is rebuilt first, so the tests
 * always see the current source.
 */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql/index.js') } },
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/build-console.ts', 'test/browser/build-portal.ts', 'test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One server and one browser per file; files run one after another to keep a 2-core machine steady.
    fileParallelism: false,
  },
});
