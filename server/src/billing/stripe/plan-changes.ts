import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { Customer } from '../../domain/customers/index.js';
import type { Subscription } from '../../domain/subscriptions/index.js';
import { Plan } from '../../domain/plans/index.js';
import type { CustomerOveragePrices } from './customer-overage-price.js';
import { overageCentsOf } from './overage-price.js';
import { attachedSchedule, downgradePhases, scheduledPlanCode } from './scheduled-downgrade.js';
import { StripeGateway } from './stripe-gateway.js';

export type PlanChangePreview = {
  from: Plan;
  to: Plan;
  immediate: boolean;
  prorationCents: number;
  nextInvoiceCents: number;
  currency: string;
  effectiveAt: Date;
  /** The plan of a downgrade scheduled for the period end that this change undoes, else null. */
  releasedPlanCode: string | null;
  /** A downgrade's metered overage so far this period, which the period-end invoice bills; null otherwise. */
  overageCredits: number | null;
  /** Those credits at the current plan's overage price; null unless a downgrade. */
  overageCents: number | null;
};

/** Overage credits the customer has used so far in its open credit period on its current plan. */
export type OverageSoFarOf = (customerId: string, current: Plan) => Promise<number>;

type StripeCall = <T>(run: (stripe: Stripe) => Promise<T>) => Promise<T>;
type Context = {
  subscription: Subscription;
  remote: Stripe.Subscription;
  customer: Customer;
  from: Plan;
  to: Plan;
  /** The open subscription schedule attached to the subscription, if any. */
  schedule: Stripe.SubscriptionSchedule | null;
  pending: string | null;
  fromMetered: string | null;
  toMetered: string | null;
};
type Priced = { preview: PlanChangePreview; prorationDate: number | null };

const LIVE = ['active', 'trialing', 'past_due'];

/**
 * Plan changes of a Stripe-backed subscription. A downgrade waits for the period end in a Stripe
 * subscription schedule (`scheduled-downgrade.ts`): Stripe's items stay the current plan's until
 * then, so this period's overage is billed at the current plan's rate and an upgrade's proration
 * credits the unused time of the plan the customer is on. Undoing a downgrade, or changing plan
 * again, releases the schedule first. The metered item carries the customer's own overage price
 * when an admin overrides the rate (`customer-overage-price.ts`).
 */
export class PlanChanges {
  constructor(
    private readonly stripe: StripeCall,
    private readonly latestSubscription: (em: EntityManager, customerId: string) => Promise<Subscription | null>,
    private readonly overageSoFar: OverageSoFarOf,
    private readonly overagePrices: CustomerOveragePrices,
  ) {}

  async preview(em: EntityManager, customerId: string, planCode: string): Promise<PlanChangePreview> {
    return (await this.price(await this.context(em, customerId, planCode))).preview;
  }

  /**
   * Upgrades apply now with prorations invoiced at once, at the proration date of the preview;
   * downgrades wait for the period end. `requestId` makes each request its own Stripe operation,
   * so a repeated change is carried out again instead of replaying the first answer. `previewedAt`,
   * the `effectiveAt` of an upgrade's preview, prorates at that moment, so the invoice equals the
   * preview even when time passed between them.
   */
  async apply(em: EntityManager, customerId: string, planCode: string, requestId: string, previewedAt?: Date): Promise<PlanChangePreview> {
    const context = await this.context(em, customerId, planCode);
    const { preview, prorationDate } = await this.price(context, previewedAt ? await this.prorationAt(context, previewedAt) : undefined);
    const { remote, from, to, schedule } = context;
    const released = preview.releasedPlanCode;
    if (schedule) {
      await this.stripe((stripe) =>
        stripe.subscriptionSchedules.release(
          schedule.id,
          {},
          { idempotencyKey: StripeGateway.key('release-schedule', schedule.id, requestId) },
        ),
      );
      if (from.id === to.id) return preview;
    }
    try {
      if (preview.immediate) {
        await this.stripe((stripe) =>
          stripe.subscriptions.update(
            remote.id,
            {
              items: itemChanges(remote, basePriceOf(to), context.toMetered),
              proration_behavior: 'always_invoice',
              ...(prorationDate !== null ? { proration_date: prorationDate } : {}),
              metadata: { carlo_plan: to.code },
            },
            { idempotencyKey: StripeGateway.key('change-plan', remote.id, to.code, requestId) },
          ),
        );
      } else await this.scheduleDowngrade(context, requestId);
    } catch (error) {
      if (!released) throw error;
      throw appError(
        ErrorCode.UNAVAILABLE,
        `The downgrade to ${released} scheduled for the period end was undone (the account stays on ${from.code}), but the change to ${to.code} failed: ${(error as Error).message}`,
      );
    }
    return preview;
  }

  private async scheduleDowngrade(context: Context, requestId: string): Promise<void> {
    const { remote, to } = context;
    const schedule = await this.stripe((stripe) =>
      stripe.subscriptionSchedules.create(
        { from_subscription: remote.id },
        { idempotencyKey: StripeGateway.key('downgrade-schedule', remote.id, requestId) },
      ),
    );
    await this.stripe((stripe) =>
      stripe.subscriptionSchedules.update(
        schedule.id,
        { end_behavior: 'release', phases: downgradePhases(schedule, remote, basePriceOf(to), context.toMetered) },
        { idempotencyKey: StripeGateway.key('downgrade-phases', schedule.id, to.code, requestId) },
      ),
    );
  }

  /**
   * The proration date of a preview, in seconds. It must lie in the current period and not after
   * Stripe's own now (the test clock's time on a clocked customer): a later date would charge less.
   */
  private async prorationAt(context: Context, previewedAt: Date): Promise<number> {
    const at = Math.floor(previewedAt.getTime() / 1000);
    const stripeNow = (await this.price(context)).prorationDate;
    const periodStart = Math.floor(context.subscription.currentPeriodStart.getTime() / 1000);
    if (stripeNow === null || at > stripeNow || at < periodStart)
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        'previewedAt must be the effectiveAt of an upgrade previewed in the current period. Call previewPlanChange again and pass its effectiveAt.',
        { field: 'previewedAt' },
      );
    return at;
  }

  private async price(context: Context, at?: number): Promise<Priced> {
    const { subscription, remote, customer, from, to, pending } = context;
    const now = new Date();
    const unchanged = { releasedPlanCode: pending, overageCredits: null, overageCents: null };
    if (from.id === to.id) {
      // Undoing a pending downgrade: nothing is charged now; the next invoice is the current plan's.
      const next = await this.invoicePreview(remote, itemChanges(remote, basePriceOf(from), context.fromMetered), 'none');
      const preview = {
        from,
        to,
        immediate: true,
        prorationCents: 0,
        nextInvoiceCents: next.total,
        currency: next.currency,
        effectiveAt: now,
      };
      return { preview: { ...preview, ...unchanged }, prorationDate: null };
    }
    const immediate = to.priceCents > from.priceCents;
    if (!immediate) {
      const next = await this.invoicePreview(remote, itemChanges(remote, basePriceOf(to), context.toMetered), 'none');
      // The period-end invoice bills this period's overage in arrears at the rate it was used on.
      const overageCredits = await this.overageSoFar(subscription.customer.id, from);
      const preview = {
        from,
        to,
        immediate,
        prorationCents: 0,
        nextInvoiceCents: next.total,
        currency: next.currency,
        effectiveAt: subscription.currentPeriodEnd,
        releasedPlanCode: null,
        overageCredits,
        overageCents: overageCentsOf(overageCredits, overageRateOf(customer, from)),
      };
      return { preview, prorationDate: null };
    }
    // Without a previewed date Stripe prorates at its own now, the test clock's time on a clocked customer.
    const upgrade = await this.invoicePreview(remote, itemChanges(remote, basePriceOf(to), context.toMetered), 'always_invoice', at);
    const prorations = upgrade.lines.data.filter((line) => line.parent?.subscription_item_details?.proration);
    const prorationDate = prorations[0]?.period.start ?? null;
    const effectiveAt = prorationDate !== null ? new Date(prorationDate * 1000) : now;
    const prorationCents = prorations.reduce((total, line) => total + line.amount, 0);
    const preview = { from, to, immediate, prorationCents, nextInvoiceCents: upgrade.total, currency: upgrade.currency, effectiveAt };
    return { preview: { ...preview, ...unchanged }, prorationDate };
  }

  private invoicePreview(
    remote: Stripe.Subscription,
    items: Stripe.SubscriptionUpdateParams.Item[],
    behavior: 'none' | 'always_invoice',
    prorationDate?: number,
  ): Promise<Stripe.Invoice> {
    return this.stripe((stripe) =>
      stripe.invoices.createPreview({
        customer: remote.customer as string,
        subscription: remote.id,
        subscription_details: {
          items,
          proration_behavior: behavior,
          ...(prorationDate === undefined ? {} : { proration_date: prorationDate }),
        },
      }),
    );
  }

  private async context(em: EntityManager, customerId: string, planCode: string): Promise<Context> {
    const subscription = await this.latestSubscription(em, customerId);
    if (!subscription?.stripeSubscriptionId || !LIVE.includes(subscription.status)) {
      throw appError(ErrorCode.CONFLICT, 'Plan changes need a paid subscription. Choose a paid plan with createCheckoutSession first.');
    }
    const to = await em.findOne(Plan, { code: planCode, active: true });
    if (!to || to.priceCents === 0 || !to.stripeBasePriceId)
      throw appError(ErrorCode.BAD_USER_INPUT, `Plan ${planCode} is not a paid plan on sale. To stop paying, use cancelSubscription.`, {
        field: 'plan',
      });
    const from = subscription.plan.getEntity();
    const remote = await this.stripe((stripe) => stripe.subscriptions.retrieve(subscription.stripeSubscriptionId as string));
    const schedule = await attachedSchedule(this.stripe, remote);
    const pending = await scheduledPlanCode(em, schedule, remote, from);
    if (from.id === to.id && !pending) throw appError(ErrorCode.CONFLICT, `This account is on ${to.code} already.`, { field: 'plan' });
    const customer = await em.findOneOrFail(Customer, customerId);
    const [fromMetered, toMetered] = await Promise.all([
      this.overagePrices.priceFor(customer, from),
      this.overagePrices.priceFor(customer, to),
    ]);
    return { subscription, remote, customer, from, to, schedule, pending, fromMetered, toMetered };
  }
}

/** The overage rate a customer pays on a plan: an admin's per-customer rate, else the plan's. */
export function overageRateOf(customer: Customer, plan: Plan): number | null {
  const override = customer.overrides.overageCentsPer1000Credits;
  return override === undefined ? plan.overageCentsPer1000Credits : override;
}

/** Only paid plans on sale reach a plan change (see `context`), and those have a base price. */
function basePriceOf(plan: Plan): string {
  return plan.stripeBasePriceId ?? '';
}

/** Replaces the base and metered items with the target prices. */
export function itemChanges(
  remote: Stripe.Subscription,
  basePrice: string,
  meteredPrice: string | null,
): Stripe.SubscriptionUpdateParams.Item[] {
  const items: Stripe.SubscriptionUpdateParams.Item[] = [];
  for (const item of remote.items.data) {
    const target = item.price.recurring?.usage_type === 'metered' ? meteredPrice : basePrice;
    if (target) items.push({ id: item.id, price: target });
    else items.push({ id: item.id, deleted: true });
  }
  if (meteredPrice && !remote.items.data.some((item) => item.price.recurring?.usage_type === 'metered'))
    items.push({ price: meteredPrice });
  return items;
}
