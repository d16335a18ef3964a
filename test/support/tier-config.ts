import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The fault and load tiers (docs/architecture.md §9): not part of `npm test`; files run one at a time, so one
 * file's load never skews another's.
 */
export function serialTierConfig(include: string): ViteUserConfig {
  return defineConfig({
    resolve: {
      // One copy of graphql for every importer, as in vitest.config.ts.
      alias: { graphql: require.resolve('graphql/index.js') },
    },
    test: {
      include: [include],
      globalSetup: ['test/support/global-setup.ts'],
      setupFiles: ['test/support/setup.ts'],
      testTimeout: 180_000,
      hookTimeout: 120_000,
      pool: 'forks',
      fileParallelism: false,
    },
  });
}
