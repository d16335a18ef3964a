import type { AddressInfo } from 'node:net';
import { expireDueSessions } from './billing/checkout-expiry.js';
import { Core } from './core.js';
import { WebhookDispatcher } from './events/webhook-dispatcher.js';
import { FaultSwitch } from './faults/fault-switch.js';
import { createHttpServer, type RecordedRequest } from './http/http-server.js';
import { Router } from './http/router.js';
import { pageRoutes } from './pages/page-routes.js';
import { catalogRoutes } from './routes/catalog.routes.js';
import { checkoutRoutes } from './routes/checkout.routes.js';
import { clockRoutes } from './routes/clocks.routes.js';
import { customerRoutes } from './routes/customers.routes.js';
import { taxIdRoutes } from './routes/tax-ids.routes.js';
import { couponRoutes } from './routes/coupons.routes.js';
import { creditNoteRoutes } from './routes/credit-notes.routes.js';
import { invoiceRoutes } from './routes/invoices.routes.js';
import { meterRoutes } from './routes/meters.routes.js';
import { paymentRoutes } from './routes/payments.routes.js';
import { portalConfigurationRoutes } from './routes/portal-configurations.routes.js';
import { scheduleRoutes } from './routes/schedules.routes.js';
import { subscriptionRoutes } from './routes/subscriptions.routes.js';
import { webhookRoutes } from './routes/webhooks.routes.js';
import { loadState, StateSaver } from './state/state-file.js';

export { FaultSwitch } from './faults/fault-switch.js';
export type { RecordedRequest } from './http/http-server.js';

export type EmulatorLogger = { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

export type StripeEmulatorOptions = {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Base of the hosted Checkout/portal URLs; defaults to the listening address. */
  publicUrl?: string;
  stateFile?: string;
  webhookEndpoints?: { url: string; secret: string; enabledEvents?: string[] }[];
  webhookRetryDelaysMs?: number[];
  /** Wall clock in ms for objects without a test clock. */
  now?: () => number;
  logger?: EmulatorLogger;
  /** Days after each failed renewal attempt at which it is retried (default 3, 5, 7). */
  retryScheduleDays?: number[];
  /** Stripe's "subscription status after all retries fail" setting (default unpaid). */
  afterRetries?: 'unpaid' | 'canceled';
  /** How often open Checkout sessions past `expires_at` on the wall clock are expired (default 60 s). */
  checkoutExpiryCheckMs?: number;
};

export type StripeEmulator = {
  url: string;
  port: number;
  faults: FaultSwitch;
  addWebhookEndpoint(url: string, secret: string, enabledEvents?: string[]): void;
  requests(): RecordedRequest[];
  /** Resolves when every pending webhook delivery has been attempted and finished (success or gave up). */
  idle(): Promise<void>;
  close(): Promise<void>;
};

const DEFAULT_RETRY_DELAYS_MS = [200, 1_000, 5_000, 15_000, 30_000, 60_000, 120_000];
const SILENT: EmulatorLogger = { info: () => undefined, warn: () => undefined };

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const logger = options.logger ?? SILENT;
  const faults = new FaultSwitch();
  const dispatcher = new WebhookDispatcher(options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS, () => faults.takeWebhookDrop(), logger);
  const saver = new StateSaver(options.stateFile, () => core.state);
  const settings = {
    publicUrl: options.publicUrl ?? '',
    retryScheduleDays: options.retryScheduleDays ?? [3, 5, 7],
    afterRetries: options.afterRetries ?? 'unpaid',
    wallNowMs: options.now ?? Date.now,
  };
  const core = new Core(await loadState(options.stateFile), settings, dispatcher, () => saver.schedule());
  for (const endpoint of options.webhookEndpoints ?? [])
    core.configEndpoints.push({ url: endpoint.url, secret: endpoint.secret, enabledEvents: endpoint.enabledEvents ?? ['*'] });
  const log: RecordedRequest[] = [];
  const router = new Router().add([
    ...customerRoutes,
    ...taxIdRoutes,
    ...catalogRoutes,
    ...subscriptionRoutes,
    ...scheduleRoutes,
    ...invoiceRoutes,
    ...creditNoteRoutes,
    ...couponRoutes,
    ...checkoutRoutes,
    ...paymentRoutes,
    ...meterRoutes,
    ...clockRoutes,
    ...portalConfigurationRoutes,
    ...webhookRoutes,
  ]);
  const { server, releaseHung } = createHttpServer({
    core: () => core,
    router,
    faults,
    pages: pageRoutes({ core: () => core, faults, log }),
    log,
    logger,
  });
  faults.onReset(releaseHung);
  // Stripe expires abandoned sessions on its own; sessions on a test clock expire as it advances.
  const expiryTimer = setInterval(() => expireDueSessions(core), options.checkoutExpiryCheckMs ?? 60_000);
  expiryTimer.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  if (!options.publicUrl) settings.publicUrl = url;
  logger.info({ url }, 'stripe emulator listening');

  return {
    url,
    port,
    faults,
    addWebhookEndpoint: (endpointUrl, secret, enabledEvents = ['*']) => {
      core.configEndpoints.push({ url: endpointUrl, secret, enabledEvents });
    },
    requests: () => [...log],
    idle: () => dispatcher.idle(),
    close: async () => {
      clearInterval(expiryTimer);
      dispatcher.close();
      releaseHung();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await saver.flush();
    },
  };
}
