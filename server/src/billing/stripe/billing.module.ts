import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config, Secrets } from '../../platform/config/index.js';
import type { ApiKeyService } from '../../domain/keys/index.js';
import type { ApiKeyVerifier } from '../../domain/access/index.js';
import { Plan } from '../../domain/plans/index.js';
import { CreditLedgerService } from '../../metering/index.js';
import { Subscription } from '../../domain/subscriptions/index.js';
import { BillingDetails } from './billing-details.js';
import { BillingService } from './billing.service.js';
import { MeterOutbox } from './meter-outbox.js';
import { StripeGateway, type StripeTarget } from './stripe-gateway.js';
import { StripeEventWorker } from './stripe-event.worker.js';
import { StripeInbox } from './stripe-inbox.js';
import { SignUpThrottle } from './sign-up-throttle.js';
import type { BillingEventListener } from './invoice-events.js';

export type BillingDeps = {
  config: Config;
  secrets: Secrets;
  orm: MikroORM;
  redis: Redis | null;
  logger: Logger;
  keyVerifier: ApiKeyVerifier;
  apiKeys: ApiKeyService;
};

/**
 * The billing module's long-lived parts. Stripe is attached once its address is known
 * (`connect`): real Stripe with STRIPE_SECRET_KEY, else the in-process emulator bootstrap starts.
 */
export class BillingModule {
  readonly inbox: StripeInbox;
  readonly worker: StripeEventWorker;
  readonly service: BillingService;
  /** Invoice email and tax id, kept on the Stripe customer. */
  readonly details: BillingDetails;
  readonly outbox: MeterOutbox;
  /** Included credits and prepaid packs share the credit ledger's period balances (useLedger shares the pipeline's). */
  private ledger: CreditLedgerService;
  readonly signUpThrottle: SignUpThrottle;
  private gatewayValue: StripeGateway | null = null;
  private publicUrl: string;
  private billingEvents: BillingEventListener = async () => undefined;

  constructor(private readonly deps: BillingDeps) {
    const { config, orm, logger, keyVerifier } = deps;
    this.publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
    this.signUpThrottle = new SignUpThrottle(deps.redis, config.SIGNUP_LIMIT_PER_HOUR);
    this.ledger = new CreditLedgerService(orm);
    this.inbox = new StripeInbox(orm);
    this.worker = new StripeEventWorker({
      orm,
      logger,
      gateway: () => this.gateway,
      source: () => this.inbox.source,
      openPeriod: (customerId) => this.openPeriod(customerId),
      ledger: () => this.ledger,
      onCustomersChanged: (ids) => {
        for (const id of ids) {
          keyVerifier.invalidateCustomer(id);
          this.ledger.forget(id);
        }
      },
      notify: (em, event) => this.billingEvents(em, event),
      // A renewal's draft invoice waits about an hour for its usage: send the flushed overage now.
      onOverageQueued: (ids) => {
        this.outbox.send(100, ids).catch((error: unknown) => {
          logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'renewal overage send failed; the outbox retries it',
          );
        });
      },
    });
    this.service = new BillingService(
      () => this.gateway,
      deps.apiKeys,
      () => ({
        success: `${this.publicUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
        cancel: `${this.publicUrl}/billing/cancel`,
        portalReturn: `${this.publicUrl}/billing/return`,
      }),
      // The included credits only shape a period not opened yet, which has no overage either.
      async (customerId, current) => (await this.ledger.peekPeriod(customerId, current.includedCredits)).balance.overage_credits,
      config.STRIPE_TEST_CLOCKS === 'per_customer',
    );
    this.details = new BillingDetails(
      () => this.gateway,
      (em, customerId) => this.service.stripeCustomerId(em, customerId),
    );
    this.outbox = new MeterOutbox({ orm, logger, gateway: () => this.gateway, flushMs: config.METER_FLUSH_SECONDS * 1000 });
  }

  /** The request pipeline's ledger, so its cached periods are dropped when billing changes them. */
  useLedger(ledger: CreditLedgerService): void {
    this.ledger = ledger;
  }

  /** Points invoice events at notifications; the app calls this once (notifications sit above billing). */
  onBillingEvent(listener: BillingEventListener): void {
    this.billingEvents = listener;
  }

  get gateway(): StripeGateway {
    if (!this.gatewayValue) throw new Error('Stripe is not connected yet');
    return this.gatewayValue;
  }

  get connected(): boolean {
    return this.gatewayValue !== null;
  }

  connect(target: StripeTarget): void {
    this.gatewayValue = new StripeGateway(target);
    this.inbox.source = target.host ? `emulator:${target.host}:${target.port ?? ''}` : null;
  }

  /** Where Checkout and the portal send the customer back; set once the app listens. */
  setPublicUrl(url: string): void {
    if (!this.deps.config.PUBLIC_URL) this.publicUrl = url;
  }

  /** The current signing secret first, then older ones still accepted while a rotation is under way. */
  webhookSecrets(): string[] {
    const previous = (this.deps.config.STRIPE_WEBHOOK_SECRETS_PREVIOUS ?? '')
      .split(',')
      .map((secret) => secret.trim())
      .filter(Boolean);
    return [this.deps.secrets.stripeWebhookSecret, ...previous];
  }

  start(): void {
    this.worker.start();
    this.outbox.start();
  }

  async stop(): Promise<void> {
    await this.worker.stop();
    await this.outbox.stop();
    this.gatewayValue?.shutdown();
  }

  private async openPeriod(customerId: string) {
    const em = this.deps.orm.em.fork();
    const subscription = await em.findOne(
      Subscription,
      { customer: customerId },
      { orderBy: { createdAt: 'desc' }, populate: ['plan', 'customer'] },
    );
    const plan = subscription?.plan.getEntity() ?? (await em.findOneOrFail(Plan, { code: 'free' }));
    const included = subscription?.customer.getEntity().overrides.includedCredits ?? plan.includedCredits;
    return this.ledger.currentPeriod(customerId, included);
  }
}
