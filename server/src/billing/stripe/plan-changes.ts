import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { Subscription } from '../../domain/subscriptions/index.js';
import { Plan } from '../../domain/plans/index.js';
import { planCodeOfPrice } from './stripe-mapping.js';
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
};

type StripeCall = <T>(run: (stripe: Stripe) => Promise<T>) => Promise<T>;
type Context = { subscription: Subscription; remote: Stripe.Subscription; from: Plan; to: Plan; pending: string | null };
type Priced = { preview: PlanChangePreview; prorationDate: number | null };

const LIVE = ['active', 'trialing', 'past_due'];

/**
 * Plan changes of a Stripe-backed subscription. A downgrade switches Stripe's items at once
 * without proration and keeps the paid-for plan in the metadata until the period ends
 * (`carlo_keep_plan`), so while one is pending Stripe's items carry the lower plan. Undoing it, or
 * upgrading from it, first releases it: the items go back to the plan the customer is on, without
 * proration, so an upgrade's proration credits the unused time of that plan, not of the lower one.
 */
export class PlanChanges {
  constructor(
    private readonly stripe: StripeCall,
    private readonly latestSubscription: (em: EntityManager, customerId: string) => Promise<Subscription | null>,
  ) {}

  async preview(em: EntityManager, customerId: string, planCode: string): Promise<PlanChangePreview> {
    return (await this.price(await this.context(em, customerId, planCode))).preview;
  }

  /**
   * Upgrades apply now with prorations invoiced at once, at the proration date of the preview;
   * downgrades wait for the period end. `requestId` makes each request its own Stripe operation,
   * so a repeated change is carried out again instead of replaying the first answer.
   */
  async apply(em: EntityManager, customerId: string, planCode: string, requestId: string): Promise<PlanChangePreview> {
    const context = await this.context(em, customerId, planCode);
    const { preview, prorationDate } = await this.price(context);
    const { remote, from, to } = context;
    const released = preview.releasedPlanCode;
    if (released) {
      await this.stripe((stripe) =>
        stripe.subscriptions.update(
          remote.id,
          {
            items: itemChanges(remote, from),
            proration_behavior: 'none',
            metadata: { carlo_plan: from.code, carlo_keep_plan: '', carlo_keep_until: '' },
          },
          { idempotencyKey: StripeGateway.key('release-downgrade', remote.id, requestId) },
        ),
      );
      if (from.id === to.id) return preview;
    }
    await this.stripe((stripe) =>
      stripe.subscriptions.update(
        remote.id,
        {
          items: itemChanges(remote, to),
          proration_behavior: preview.immediate ? 'always_invoice' : 'none',
          ...(preview.immediate && prorationDate !== null ? { proration_date: prorationDate } : {}),
          // A downgrade keeps the paid-for plan until the period ends (see effectivePlanCode).
          metadata: preview.immediate
            ? { carlo_plan: to.code, carlo_keep_plan: '', carlo_keep_until: '' }
            : {
                carlo_plan: to.code,
                carlo_keep_plan: from.code,
                carlo_keep_until: String(Math.floor(preview.effectiveAt.getTime() / 1000)),
              },
        },
        { idempotencyKey: StripeGateway.key('change-plan', remote.id, to.code, requestId) },
      ),
    ).catch((error: unknown) => {
      if (!released) throw error;
      throw appError(
        ErrorCode.UNAVAILABLE,
        `The downgrade to ${released} scheduled for the period end was undone (the account stays on ${from.code}), but the change to ${to.code} failed: ${(error as Error).message}`,
      );
    });
    return preview;
  }

  private async price(context: Context): Promise<Priced> {
    const { subscription, remote, from, to, pending } = context;
    const now = new Date();
    if (from.id === to.id) {
      // Undoing a pending downgrade: nothing is charged now; the next invoice is the current plan's.
      const next = await this.invoicePreview(remote, itemChanges(remote, from), 'none');
      const preview = {
        from,
        to,
        immediate: true,
        prorationCents: 0,
        nextInvoiceCents: next.total,
        currency: next.currency,
        effectiveAt: now,
        releasedPlanCode: pending,
      };
      return { preview, prorationDate: null };
    }
    const immediate = to.priceCents > from.priceCents;
    if (!immediate) {
      const next = await this.invoicePreview(remote, itemChanges(remote, to), 'none');
      const preview = {
        from,
        to,
        immediate,
        prorationCents: 0,
        nextInvoiceCents: next.total,
        currency: next.currency,
        effectiveAt: subscription.currentPeriodEnd,
        releasedPlanCode: null,
      };
      return { preview, prorationDate: null };
    }
    // No proration_date: Stripe prorates at its own now, which is the test clock's time on a clocked customer.
    const upgrade = await this.invoicePreview(remote, itemChanges(remote, to), 'always_invoice');
    const prorations = upgrade.lines.data.filter((line) => line.parent?.subscription_item_details?.proration);
    const prorationDate = prorations[0]?.period.start ?? null;
    let prorationCents = sum(prorations);
    let nextInvoiceCents = upgrade.total;
    if (pending && prorationDate !== null) {
      // Stripe's items carry the lower plan: swap its unused-time credit for the current plan's,
      // which equals what the current plan's remaining time costs at the same proration date.
      const current = await this.invoicePreview(remote, itemChanges(remote, from), 'always_invoice', prorationDate);
      const currentRemaining = sum(
        current.lines.data.filter((line) => line.parent?.subscription_item_details?.proration && line.amount > 0),
      );
      const lowerCredit = sum(prorations.filter((line) => line.amount < 0));
      prorationCents += -lowerCredit - currentRemaining;
      nextInvoiceCents += -lowerCredit - currentRemaining;
    }
    const effectiveAt = prorationDate !== null ? new Date(prorationDate * 1000) : now;
    return {
      preview: {
        from,
        to,
        immediate,
        prorationCents,
        nextInvoiceCents,
        currency: upgrade.currency,
        effectiveAt,
        releasedPlanCode: pending,
      },
      prorationDate,
    };
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
    const pending = pendingDowngrade(remote, from);
    if (from.id === to.id && !pending) throw appError(ErrorCode.CONFLICT, `This account is on ${to.code} already.`, { field: 'plan' });
    return { subscription, remote, from, to, pending };
  }
}

/** The plan a downgrade scheduled for the period end moves to, when one is pending. */
export function pendingDowngrade(remote: Stripe.Subscription, current: Plan): string | null {
  const keep = remote.metadata?.carlo_keep_plan;
  const until = Number(remote.metadata?.carlo_keep_until);
  const base = remote.items.data.find((item) => item.price.recurring?.usage_type !== 'metered');
  if (!keep || keep !== current.code || !base || !Number.isFinite(until) || base.current_period_start >= until) return null;
  const lower = planCodeOfPrice(base.price);
  return lower && lower !== current.code ? lower : null;
}

/** Replaces the base and metered items with the target plan's prices. */
function itemChanges(remote: Stripe.Subscription, to: Plan): Stripe.SubscriptionUpdateParams.Item[] {
  const items: Stripe.SubscriptionUpdateParams.Item[] = [];
  for (const item of remote.items.data) {
    const metered = item.price.recurring?.usage_type === 'metered';
    const target = metered ? to.stripeMeteredPriceId : to.stripeBasePriceId;
    if (target) items.push({ id: item.id, price: target });
    else items.push({ id: item.id, deleted: true });
  }
  if (to.stripeMeteredPriceId && !remote.items.data.some((item) => item.price.recurring?.usage_type === 'metered'))
    items.push({ price: to.stripeMeteredPriceId });
  return items;
}

function sum(lines: Stripe.InvoiceLineItem[]): number {
  return lines.reduce((total, line) => total + line.amount, 0);
}
