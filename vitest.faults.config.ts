import { serialTierConfig } from './test/support/tier-config.js';

/** `npm run test:faults`: crash points, database outages behind a TCP proxy, SIGTERM under load. */
export default serialTierConfig('test/faults/**/*.test.ts');
