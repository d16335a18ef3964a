import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../platform/config/config.js';
import type { Secrets } from '../platform/config/secrets.js';
import type { QueryCounter } from '../platform/db/query-counter.js';
import { AdminAuthService } from '../platform/staff/admin-auth.service.js';
import { LoginThrottle } from '../platform/staff/login-throttle.js';
import { CustomerAdminService } from '../domain/customers/customer-admin.service.js';
import { BillingModule } from '../billing/stripe/billing.module.js';
import { ApiKeyService } from '../domain/keys/api-key.service.js';
import { ApiKeyVerifier } from '../domain/access/api-key-verifier.js';
import { LastUsedWriter } from '../domain/keys/last-used-writer.js';
import { createMonetization, type Monetization } from '../metering/monetization.js';
import { createSimulationMeter } from '../metering/simulation-meter.js';
import { SimulationService } from '../domain/simulation/simulation.service.js';

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
  const apiKeys = new ApiKeyService(secrets.apiKeyPepper, (keyId) => keyVerifier.invalidateKey(keyId), config.KEY_ROTATION_GRACE_HOURS * 3_600_000);
  return {
    ...dependencies,
    keyVerifier,
    lastUsed: new LastUsedWriter(orm, logger),
    apiKeys,
    adminAuth: new AdminAuthService(secrets.sessionSecret, config.SESSION_TTL_HOURS * 3_600_000, new LoginThrottle(redis)),
    customerAdmin: new CustomerAdminService((customerId) => keyVerifier.invalidateCustomer(customerId)),
    monetization: createMonetization(orm, redis, logger),
    simulations: new SimulationService({ config, orm, logger, meter: createSimulationMeter(orm) }),
    billing: new BillingModule({ config, secrets, orm, logger, keyVerifier, apiKeys }),
  };
}
