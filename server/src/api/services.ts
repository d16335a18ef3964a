import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config, Secrets } from '../platform/config/index.js';
import type { QueryCounter } from '../platform/db/index.js';
import { MailModule } from '../platform/mail/index.js';
import { AdminAuthService, LoginThrottle } from '../platform/staff/index.js';
import { CustomerAdminService } from '../domain/customers/index.js';
import { BillingModule } from '../billing/index.js';
import { ApiKeyService, LastUsedWriter } from '../domain/keys/index.js';
import { ApiKeyVerifier, KeyCacheBus } from '../domain/access/index.js';
import { MemberAccountService, MemberAuthService, MemberTokens } from '../domain/members/index.js';
import { createMonetization, type Monetization } from '../metering/index.js';
import { SimulationService } from '../domain/simulation/index.js';
import { announceCrossings, meterWithEvents } from './event-ports.js';
import {
  AdminAlertDetectors,
  DunningReminders,
  KeyExpiryNotices,
  NotificationsModule,
  WebhookEndpointService,
  keyRevokedEvent,
  notifySoftSpendCap,
} from '../notifications/index.js';

/** The long-lived objects of one process, built once and handed to every request. */
export type Services = {
  config: Config;
  secrets: Secrets;
  orm: MikroORM;
  queries: QueryCounter;
  redis: Redis | null;
  logger: Logger;
  keyVerifier: ApiKeyVerifier;
  /** Key-cache invalidations to and from the other API processes (Redis pub/sub). */
  keyCacheBus: KeyCacheBus;
  lastUsed: LastUsedWriter;
  apiKeys: ApiKeyService;
  adminAuth: AdminAuthService;
  customerAdmin: CustomerAdminService;
  monetization: Monetization;
  simulations: SimulationService;
  billing: BillingModule;
  mail: MailModule;
  memberAuth: MemberAuthService;
  memberAccounts: MemberAccountService;
  webhookEndpoints: WebhookEndpointService;
  notifications: NotificationsModule;
  alertDetectors: AdminAlertDetectors;
  keyExpiry: KeyExpiryNotices;
  dunningReminders: DunningReminders;
};

export type ServiceDependencies = Pick<Services, 'config' | 'secrets' | 'orm' | 'queries' | 'redis' | 'logger'>;

export function createServices(dependencies: ServiceDependencies): Services {
  const { config, secrets, orm, redis, logger } = dependencies;
  const keyVerifier = new ApiKeyVerifier(orm, secrets.apiKeyPepper, config.KEY_CACHE_TTL_MS);
  const mail = new MailModule(config, logger);
  const notifications = new NotificationsModule({
    orm,
    logger,
    mail,
    publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
    deliveriesPerSecond: config.WEBHOOK_DELIVERIES_PER_SECOND,
  });
  const apiKeys = new ApiKeyService(
    secrets.apiKeyPepper,
    (keyId) => keyVerifier.invalidateKey(keyId),
    config.KEY_ROTATION_GRACE_HOURS * 3_600_000,
    async (em, key) => {
      await notifications.emit(em, keyRevokedEvent({ id: key.id, name: key.name, revokedAt: key.revokedAt, customerId: key.customer.id }));
    },
  );
  const memberAuth = new MemberAuthService(
    secrets.sessionSecret,
    config.SESSION_TTL_HOURS * 3_600_000,
    new LoginThrottle(redis, 'member-login'),
  );
  const monetization = createMonetization(orm, redis, logger);
  monetization.usageWriter.onCreditsCrossed(announceCrossings(notifications));
  monetization.spendCaps.onSoftCapReached((notice) => notifySoftSpendCap(orm, mail, notice));
  const billing = new BillingModule({ config, secrets, orm, redis, logger, keyVerifier, apiKeys });
  billing.onBillingEvent(async (em, event) => {
    await notifications.emit(em, event);
  });
  const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
  return {
    ...dependencies,
    keyVerifier,
    keyCacheBus: new KeyCacheBus(redis, keyVerifier, logger),
    lastUsed: new LastUsedWriter(orm, logger),
    apiKeys,
    adminAuth: new AdminAuthService(secrets.sessionSecret, config.SESSION_TTL_HOURS * 3_600_000, new LoginThrottle(redis)),
    customerAdmin: new CustomerAdminService((customerId) => keyVerifier.invalidateCustomer(customerId)),
    monetization,
    simulations: new SimulationService({ config, orm, logger, meter: meterWithEvents(orm, notifications) }),
    billing,
    mail,
    memberAuth,
    memberAccounts: new MemberAccountService(new MemberTokens(secrets.sessionSecret), memberAuth, mail, publicUrl),
    // Development and test receivers run on this machine; production accepts only public https addresses.
    webhookEndpoints: new WebhookEndpointService({
      allowLocalHttp: config.NODE_ENV !== 'production',
      allowPrivateTargets: config.NODE_ENV !== 'production',
    }),
    notifications,
    // Each API process watches its own Stripe circuit breaker; a standalone worker has none to watch.
    alertDetectors: new AdminAlertDetectors({
      orm,
      mail,
      logger,
      stripeCircuitOpen: () => billing.connected && billing.gateway.health().state === 'open',
    }),
    keyExpiry: new KeyExpiryNotices({ orm, logger, emit: (em, input) => notifications.emit(em, input) }),
    dunningReminders: new DunningReminders({ orm, logger, emit: (em, input) => notifications.emit(em, input) }),
  };
}
