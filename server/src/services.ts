import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import type { Secrets } from './config/secrets.js';
import type { QueryCounter } from './db/orm-config.js';
import { AdminAuthService } from './modules/admin/admin-auth.service.js';
import { LoginThrottle } from './modules/admin/login-throttle.js';
import { CustomerAdminService } from './modules/customers/customer-admin.service.js';
import { BillingModule } from './modules/billing/billing.module.js';
import { ApiKeyService } from './modules/keys/api-key.service.js';
import { ApiKeyVerifier } from './modules/keys/api-key-verifier.js';
import { LastUsedWriter } from './modules/keys/last-used-writer.js';
import { createMonetization, type Monetization } from './modules/usage/monetization.js';
import { SimulationService } from './modules/simulation/simulation.service.js';

/** The long-lived objects of one process, built once and handed to every request. */
export type Services = {
  config: Config;
  secrets: Secrets;
  orm: MikroORM;
  queries: QueryCounter;
  redis: Redis | null;
  logger: Logger;
  keyVerifier: ApiKeyVerifier;
  lastUsed: LastUsedWriter;
  apiKeys: ApiKeyService;
  adminAuth: AdminAuthService;
  customerAdmin: CustomerAdminService;
  monetization: Monetization;
  simulations: SimulationService;
  billing: BillingModule;
};

export type ServiceDependencies = Pick<Services, 'config' | 'secrets' | 'orm' | 'queries' | 'redis' | 'logger'>;

export function createServices(dependencies: ServiceDependencies): Services {
  const { config, secrets, orm, redis, logger } = dependencies;
  const keyVerifier = new ApiKeyVerifier(orm, secrets.apiKeyPepper, config.KEY_CACHE_TTL_MS);
  const apiKeys = new ApiKeyService(secrets.apiKeyPepper, keyVerifier, config.KEY_ROTATION_GRACE_HOURS * 3_600_000);
  return {
    ...dependencies,
    keyVerifier,
    lastUsed: new LastUsedWriter(orm, logger),
    apiKeys,
    adminAuth: new AdminAuthService(secrets.sessionSecret, config.SESSION_TTL_HOURS * 3_600_000, new LoginThrottle(redis)),
    customerAdmin: new CustomerAdminService(keyVerifier),
    monetization: createMonetization(orm, redis, logger),
    simulations: new SimulationService({ config, orm, logger }),
    billing: new BillingModule({ config, secrets, orm, redis, logger, keyVerifier, apiKeys }),
  };
}
