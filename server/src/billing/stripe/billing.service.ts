import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { Customer, linkStripeCustomer } from '../../domain/customers/index.js';
import { Subscription, SubscriptionStatus, createCustomer, movePlan, reopenPendingSignUp } from '../../domain/subscriptions/index.js';
import { ApiKeyMode, type ApiKeyService, type IssuedKey } from '../../domain/keys/index.js';
import { Plan } from '../../domain/plans/index.js';
import { creditPack, lookupKeys } from './credit-packs.js';
import { type NextInvoiceEstimate, type OverageSoFar, nextInvoiceOf } from './next-invoice.js';
import { CustomerOveragePrices } from './customer-overage-price.js';
import { type OverageSoFarOf, PlanChanges, type PlanChangePreview } from './plan-changes.js';
import { portalConfigurationId } from './portal-configuration.js';
import { attachedSchedule, downgradePhases, scheduledPlanCode } from './scheduled-downgrade.js';
import { type SubscriptionDiscountType, discountView, subscriptionDiscountWithCoupon } from './subscription-discount.js';
import { StripeGateway } from './stripe-gateway.js';

export type SignUpResult = { customer: Customer; subscription: Subscription; issued: IssuedKey; checkoutUrl: string | null };

/** Subscriptions whose metered item still bills: a new overage price applies to them. */
const SWAPPABLE = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE];
/** A sign-up that has not paid yet: waiting on Checkout, or every Checkout session of it expired. */
const PENDING: readonly SubscriptionStatus[] = [SubscriptionStatus.INCOMPLETE, SubscriptionStatus.INCOMPLETE_EXPIRED];

type Urls = { success: string; cancel: string; portalReturn: string };

/**
 * The integrator-facing billing flows. Every Stripe id comes from our rows for the caller's own
 * customer, never from the client; every mutating Stripe call has an idempotency key from our ids.
 */
export class BillingService {
  /** Extra parameters of new Stripe customers; tests put them on a Stripe test clock. */
  customerExtras: () => Partial<Stripe.CustomerCreateParams> = () => ({});
  /** The billing portal configuration without plan switching (`portal-configuration.ts`), found once. */
  private portalConfiguration: string | null = null;
  private readonly overagePrices = new CustomerOveragePrices((run) => this.stripe(run));
  private readonly planChanges = new PlanChanges(
    (run) => this.stripe(run),
    (em, customerId) => this.latestSubscription(em, customerId),
    (customerId, current) => this.overageSoFar(customerId, current),
    this.overagePrices,
  );

  constructor(
    private readonly gateway: () => StripeGateway,
    private readonly apiKeys: ApiKeyService,
    private readonly urls: () => Urls,
    private readonly overageSoFar: OverageSoFarOf,
    /** STRIPE_TEST_CLOCKS=per_customer: each new Stripe customer gets its own test clock. */
    private readonly testClockPerCustomer = false,
  ) {}

  /**
   * The customer, its Stripe customer and a key, in one transaction: if Stripe cannot be reached
   * nothing is kept and the caller may simply try again. Paid plans start `incomplete`
   * (BILLING_ONLY, pending_payment) with a Checkout URL; the webhook makes them active.
   */
  async signUp(em: EntityManager, input: { company: string; email: string; planCode: string }): Promise<SignUpResult> {
    const plan = await em.findOne(Plan, { code: input.planCode, active: true });
    if (!plan)
      throw appError(ErrorCode.BAD_USER_INPUT, `Unknown plan ${input.planCode}. Query \`plans\` for the codes on sale.`, { field: 'plan' });
    const paid = plan.priceCents > 0;
    if (paid && !plan.stripeBasePriceId)
      throw appError(ErrorCode.UNAVAILABLE, 'This plan cannot be bought yet (its Stripe prices are not synced). Try again later.');
    const result = await em.transactional(async (tx) => {
      const { customer, subscription } = await createCustomer(tx, {
        company: input.company,
        email: input.email,
        planCode: plan.code,
        status: paid ? SubscriptionStatus.INCOMPLETE : SubscriptionStatus.ACTIVE,
      });
      const stripeCustomer = await this.createStripeCustomer(customer);
      linkStripeCustomer(customer, stripeCustomer.id);
      const issued = await this.apiKeys.create(tx, customer.id, { name: 'Default key', mode: ApiKeyMode.LIVE, createdBy: 'signup' });
      const checkoutUrl = paid ? await this.subscriptionCheckout(customer, plan, subscription.id) : null;
      return { customer, subscription, issued, checkoutUrl };
    });
    return result;
  }

  /** A Checkout URL for a paid plan; a customer already paying changes plan with changePlan instead. */
  async createCheckoutSession(em: EntityManager, customerId: string, planCode: string, requestId: string): Promise<string> {
    const customer = await this.payingCustomer(em, customerId);
    const plan = await em.findOne(Plan, { code: planCode, active: true });
    if (!plan || plan.priceCents === 0 || !plan.stripeBasePriceId)
      throw appError(ErrorCode.BAD_USER_INPUT, `Plan ${planCode} cannot be bought through Checkout. Query \`plans\` for paid plans.`, {
        field: 'plan',
      });
    const current = await this.latestSubscription(em, customerId);
    if (current?.stripeSubscriptionId && ['active', 'trialing', 'past_due'].includes(current.status)) {
      throw appError(
        ErrorCode.CONFLICT,
        'This account already has a paid subscription. Use previewPlanChange and changePlan to switch plans.',
      );
    }
    // A pending sign-up reuses its row, also once its Checkout expired; otherwise the webhook creates the new row once paid.
    const pending = current && PENDING.includes(current.status) && !current.stripeSubscriptionId ? current : null;
    // The request id keeps a new session from replaying an expired one for the same row and plan.
    const url = await this.subscriptionCheckout(customer, plan, pending?.id ?? `${customerId}:${requestId}`, requestId);
    if (pending) {
      // After the session exists, so an expiry handled meanwhile finds it open and leaves the row pending.
      movePlan(pending, plan);
      reopenPendingSignUp(pending);
      await em.flush();
    }
    return url;
  }

  async createBillingPortalSession(em: EntityManager, customerId: string): Promise<string> {
    const customer = await this.payingCustomer(em, customerId);
    this.portalConfiguration ??= await this.stripe((stripe) => portalConfigurationId(stripe));
    const configuration = this.portalConfiguration;
    const session = await this.stripe((stripe) =>
      stripe.billingPortal.sessions.create({ customer: this.stripeIdOf(customer), return_url: this.urls().portalReturn, configuration }),
    );
    return session.url;
  }

  previewPlanChange(em: EntityManager, customerId: string, planCode: string): Promise<PlanChangePreview> {
    return this.planChanges.preview(em, customerId, planCode);
  }

  /** See `PlanChanges.apply`: upgrades now with proration, downgrades at the period end, undoing a pending downgrade. */
  changePlan(em: EntityManager, customerId: string, planCode: string, requestId: string, previewedAt?: Date): Promise<PlanChangePreview> {
    return this.planChanges.apply(em, customerId, planCode, requestId, previewedAt);
  }

  /**
   * At the period end by default (the customer paid for it); `atPeriodEnd: false` ends it now
   * without a refund, which only admins may ask for. The row follows from the webhook. The
   * request id is in the idempotency key: a cancel after a resume must reach Stripe, not replay.
   */
  async cancelSubscription(em: EntityManager, customerId: string, requestId: string, atPeriodEnd = true): Promise<Subscription> {
    const { subscription, stripeId } = await this.liveSubscription(em, customerId, 'cancel');
    await this.stripe((stripe) =>
      atPeriodEnd
        ? stripe.subscriptions.update(
            stripeId,
            { cancel_at_period_end: true },
            { idempotencyKey: StripeGateway.key('cancel', stripeId, requestId) },
          )
        : stripe.subscriptions.cancel(stripeId, {}, { idempotencyKey: StripeGateway.key('cancel-now', stripeId, requestId) }),
    );
    return subscription;
  }

  /**
   * Takes back a cancellation at the period end: the subscription renews as before. The row follows
   * from the webhook, so a row that does not say "cancelling" may only lag a cancel of a moment ago
   * (the portal offers the resume from the cancel's answer): Stripe's own state decides then.
   */
  async resumeSubscription(em: EntityManager, customerId: string, requestId: string): Promise<Subscription> {
    const { subscription, stripeId } = await this.liveSubscription(em, customerId, 'resume');
    const cancelling =
      subscription.cancelAtPeriodEnd || (await this.stripe((stripe) => stripe.subscriptions.retrieve(stripeId))).cancel_at_period_end;
    if (!cancelling) {
      throw appError(ErrorCode.CONFLICT, 'This subscription is not set to cancel, so there is nothing to resume.');
    }
    await this.stripe((stripe) =>
      stripe.subscriptions.update(
        stripeId,
        { cancel_at_period_end: false },
        { idempotencyKey: StripeGateway.key('resume', stripeId, requestId) },
      ),
    );
    return subscription;
  }

  private async liveSubscription(
    em: EntityManager,
    customerId: string,
    action: 'cancel' | 'resume',
  ): Promise<{ subscription: Subscription; stripeId: string }> {
    const subscription = await this.latestSubscription(em, customerId);
    const stripeId = subscription?.stripeSubscriptionId;
    if (!subscription || !stripeId) throw appError(ErrorCode.CONFLICT, `This account has no paid subscription to ${action}.`);
    if (subscription.status === SubscriptionStatus.CANCELED) {
      throw appError(
        ErrorCode.CONFLICT,
        action === 'resume'
          ? 'This subscription has ended already. Choose a plan again to start a new one.'
          : 'This subscription has ended already.',
      );
    }
    return { subscription, stripeId };
  }

  /** Checkout in payment mode; the grant is made once, from checkout.session.completed. */
  async buyCredits(em: EntityManager, customerId: string, packCode: string, requestId: string): Promise<string> {
    const customer = await this.payingCustomer(em, customerId);
    const pack = creditPack(packCode);
    if (!pack) throw appError(ErrorCode.BAD_USER_INPUT, `Unknown credit pack ${packCode}. Packs: small, medium, large.`, { field: 'pack' });
    const prices = await this.stripe((stripe) => stripe.prices.list({ lookup_keys: [lookupKeys.pack(pack.code)], limit: 1 }));
    const price = prices.data[0];
    if (!price) throw appError(ErrorCode.UNAVAILABLE, 'Credit packs cannot be bought yet (prices not synced). Try again later.');
    const metadata = { carlo_customer_id: customer.id, carlo_kind: 'credit_pack', carlo_pack: pack.code };
    const session = await this.stripe((stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer: this.stripeIdOf(customer),
          client_reference_id: customer.id,
          line_items: [{ price: price.id, quantity: 1 }],
          metadata,
          payment_intent_data: { metadata },
          // A paid invoice after the payment puts the pack in the invoice mirror and the revenue report.
          invoice_creation: { enabled: true, invoice_data: { metadata } },
          success_url: this.urls().success,
          cancel_url: this.urls().cancel,
        },
        { idempotencyKey: StripeGateway.key('credit-pack', customer.id, requestId) },
      ),
    );
    if (!session.url) throw appError(ErrorCode.UNAVAILABLE, 'Stripe returned no Checkout URL. Try again.');
    return session.url;
  }

  /**
   * Puts the customer's overage rate on its Stripe subscription after an admin changed it: the
   * metered item moves to the customer's own price, or back to the plan's, without proration (a
   * metered item has nothing to prorate). Stripe's renewal invoice then bills the rate Carlo quotes.
   */
  async syncOveragePrice(em: EntityManager, customerId: string, requestId: string): Promise<void> {
    const subscription = await this.latestSubscription(em, customerId);
    const id = subscription?.stripeSubscriptionId;
    if (!subscription || !id || !SWAPPABLE.includes(subscription.status)) return;
    const customer = await em.findOneOrFail(Customer, customerId);
    const metered = await this.overagePrices.priceFor(customer, subscription.plan.getEntity());
    const remote = await this.stripe((stripe) => stripe.subscriptions.retrieve(id));
    const item = remote.items.data.find((entry) => entry.price.recurring?.usage_type === 'metered');
    if (metered && item && item.price.id !== metered)
      await this.stripe((stripe) =>
        stripe.subscriptionItems.update(
          item.id,
          { price: metered, proration_behavior: 'none' },
          { idempotencyKey: StripeGateway.key('overage-price', item.id, metered, requestId) },
        ),
      );
    await this.rescheduleDowngrade(em, customer, remote.id, subscription.plan.getEntity(), requestId);
  }

  /** A downgrade waiting for the period end takes the new rate too: its next phase gets the lower plan's price for the customer. */
  private async rescheduleDowngrade(
    em: EntityManager,
    customer: Customer,
    subscriptionId: string,
    current: Plan,
    requestId: string,
  ): Promise<void> {
    const remote = await this.stripe((stripe) => stripe.subscriptions.retrieve(subscriptionId));
    const schedule = await attachedSchedule((run) => this.stripe(run), remote);
    const lower = await scheduledPlanCode(em, schedule, remote, current);
    const plan = lower ? await em.findOne(Plan, { code: lower }) : null;
    if (!schedule || !plan?.stripeBasePriceId) return;
    const phases = downgradePhases(schedule, remote, plan.stripeBasePriceId, await this.overagePrices.priceFor(customer, plan));
    await this.stripe((stripe) =>
      stripe.subscriptionSchedules.update(
        schedule.id,
        { end_behavior: 'release', phases },
        { idempotencyKey: StripeGateway.key('downgrade-overage-price', schedule.id, requestId) },
      ),
    );
  }

  /** The renewal invoice's estimate, or null when none is coming or Stripe cannot say now (the overview must not fail with Stripe). */
  async nextInvoice(em: EntityManager, customerId: string, usage: OverageSoFar): Promise<NextInvoiceEstimate | null> {
    const subscription = await this.latestSubscription(em, customerId);
    return nextInvoiceOf(em, subscription, usage, (run) => this.stripe(run)).catch(() => null);
  }

  /** The discount on the customer's subscription, read from Stripe; null when there is none to read. */
  async discount(em: EntityManager, customerId: string): Promise<SubscriptionDiscountType | null> {
    const subscription = await this.latestSubscription(em, customerId);
    if (!subscription?.stripeSubscriptionId) return null;
    const found = await subscriptionDiscountWithCoupon(this.gateway(), subscription.stripeSubscriptionId);
    return found ? discountView(found) : null;
  }

  async latestSubscription(em: EntityManager, customerId: string): Promise<Subscription | null> {
    return em.findOne(Subscription, { customer: customerId }, { orderBy: { createdAt: 'desc' }, populate: ['plan'] });
  }

  private async subscriptionCheckout(customer: Customer, plan: Plan, reference: string, requestId?: string): Promise<string> {
    const metadata = { carlo_customer_id: customer.id, carlo_subscription_id: reference, carlo_plan: plan.code };
    const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = [{ price: plan.stripeBasePriceId as string, quantity: 1 }];
    const metered = await this.overagePrices.priceFor(customer, plan);
    if (metered) lineItems.push({ price: metered });
    const session = await this.stripe((stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer: this.stripeIdOf(customer),
          client_reference_id: customer.id,
          line_items: lineItems,
          metadata,
          subscription_data: { metadata },
          success_url: this.urls().success,
          cancel_url: this.urls().cancel,
        },
        { idempotencyKey: StripeGateway.key('checkout', reference, plan.code, ...(requestId ? [requestId] : [])) },
      ),
    );
    if (!session.url) throw appError(ErrorCode.UNAVAILABLE, 'Stripe returned no Checkout URL. Try again.');
    return session.url;
  }

  /** The Stripe customer id of a customer, made in Stripe first when the customer has none yet. */
  async stripeCustomerId(em: EntityManager, customerId: string): Promise<string> {
    return this.stripeIdOf(await this.payingCustomer(em, customerId));
  }

  private async payingCustomer(em: EntityManager, customerId: string): Promise<Customer> {
    const customer = await em.findOneOrFail(Customer, customerId);
    if (!customer.stripeCustomerId) {
      const created = await this.createStripeCustomer(customer);
      linkStripeCustomer(customer, created.id);
      await em.flush();
    }
    return customer;
  }

  /**
   * The Stripe customer of a Carlo customer, on its own test clock where test clocks are on (a
   * clock cannot be attached later), so that `npm run stripe:advance` can move its billing time.
   */
  private async createStripeCustomer(customer: Customer): Promise<Stripe.Customer> {
    const extras = this.customerExtras();
    const clock =
      this.testClockPerCustomer && !extras.test_clock
        ? await this.stripe((stripe) =>
            stripe.testHelpers.testClocks.create(
              { frozen_time: Math.floor(Date.now() / 1000), name: `Carlo ${customer.email}`.slice(0, 100) },
              { idempotencyKey: StripeGateway.key('test-clock', customer.id) },
            ),
          )
        : null;
    return this.stripe((stripe) =>
      stripe.customers.create(
        {
          ...extras,
          ...(clock ? { test_clock: clock.id } : {}),
          email: customer.email,
          name: customer.company,
          metadata: { carlo_customer_id: customer.id },
        },
        { idempotencyKey: StripeGateway.key('customer', customer.id) },
      ),
    );
  }

  private stripeIdOf(customer: Customer): string {
    if (!customer.stripeCustomerId) throw new Error(`customer ${customer.id} has no Stripe customer`);
    return customer.stripeCustomerId;
  }

  /** Stripe failures become UNAVAILABLE with advice; card and request errors keep their message. */
  private async stripe<T>(run: (stripe: Stripe) => Promise<T>): Promise<T> {
    try {
      return await this.gateway().call(run);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 402)
        throw appError(
          ErrorCode.PAYMENT_REQUIRED,
          `Stripe declined the payment: ${(error as Error).message}. Update the card in the billing portal.`,
        );
      throw appError(ErrorCode.UNAVAILABLE, 'Stripe could not be reached or refused the call. Nothing was changed; try again in a minute.');
    }
  }
}
