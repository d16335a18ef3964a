/** The platform/config module's public surface: other modules import only what is listed here. */
export { ConfigError, loadConfig } from './config.js';
export type { Config } from './config.js';
export { createLogger } from './logger.js';
export { resolveSecrets } from './secrets.js';
export type { Secrets } from './secrets.js';
