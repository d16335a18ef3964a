import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../platform/config/index.js';
import type { Services } from '../api/index.js';
import { startStripeEmulator, type StripeEmulator } from '../stripe-emulator/index.js';
import { syncPlans } from '../billing/index.js';

/**
 * Connects billing to Stripe: with STRIPE_SECRET_KEY to Stripe itself (plans:sync is then run by
 * the operator); without, to an in-process emulator on STRIPE_EMULATOR_PORT, whose state lives in
 * DATA_DIR and whose catalog is synced at every start.
 */
export async function connectBilling(
  config: Config,
  services: Services,
  em: EntityManager,
  logger: Logger,
): Promise<StripeEmulator | null> {
  services.billing.useLedger(services.monetization.credits);
  if (config.STRIPE_SECRET_KEY) {
    services.billing.connect({ secretKey: config.STRIPE_SECRET_KEY });
    return null;
  }
  const emulator = await startStripeEmulator({
    port: config.STRIPE_EMULATOR_PORT,
    host: '127.0.0.1',
    stateFile: path.join(config.DATA_DIR, 'stripe-emulator.json'),
    logger: { info: (obj, msg) => logger.debug(obj, msg), warn: (obj, msg) => logger.warn(obj, msg) },
  });
  services.billing.connect({ secretKey: 'sk_test_carlo_emulator', host: '127.0.0.1', port: emulator.port, protocol: 'http' });
  try {
    await syncPlans(em, services.billing.gateway);
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return emulator;
}

/** Once the app listens: the emulator delivers to our webhook route, and the workers start. */
export function startBillingAfterListen(services: Services, address: string, emulator: StripeEmulator | null): void {
  services.billing.setPublicUrl(address);
  emulator?.addWebhookEndpoint(`${address}/webhooks/stripe`, services.secrets.stripeWebhookSecret);
  if (services.config.BILLING_WORKER) services.billing.start();
}
