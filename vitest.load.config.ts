import { serialTierConfig } from './test/support/tier-config.js';

/**
 * `npm run test:load`: noisy neighbours and webhook bursts. Latency is asserted only as ratios
 * measured in the same run; correctness under load exactly (counts, SQL).
 */
export default serialTierConfig('test/load/**/*.test.ts');
