import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { isUuid } from '../../platform/graphql/index.js';
import type { Customer } from '../../domain/customers/index.js';
import { Plan } from '../../domain/plans/index.js';
import { grantPrepaid, type CreditLedgerService, type PeriodHandle } from '../../metering/index.js';
import { applyCheckoutExpired } from './checkout-expired.js';
import { creditPack } from './credit-packs.js';
import { lock, objectId, ourCustomer } from './handler-support.js';
import { revokeRefundedPack } from './credit-pack-refund.js';
import { Invoice } from './invoice.entity.js';
import { lockStripeObject } from './object-lock.js';
import { recordCreditNote } from './credit-note-record.js';
import { recordInvoiceRefunds } from './invoice-refund-record.js';
import { announceInvoice, type BillingEventListener, type InvoiceEventType } from './invoice-events.js';
import { flushRenewalOverage } from './renewal-overage.js';
import { idOf, invoiceLines, subscriptionFields, subscriptionIdOfInvoice } from './stripe-mapping.js';
import type { StripeGateway } from './stripe-gateway.js';
import { Subscription, SubscriptionStatus, recordStripeState } from '../../domain/subscriptions/index.js';

/** What a handler may use: the transaction's EntityManager, Stripe for re-reads, and what it changed. */
export type HandlerContext = {
  em: EntityManager;
  gateway: StripeGateway;
  event: Stripe.Event;
  /** Customers whose access may have changed: their cached keys are dropped after the commit. */
  touched: Set<string>;
  /** Customers whose overage was queued for the Stripe meter: the outbox sends it after the commit. */
  overageQueued: Set<string>;
  prepared: Prepared;
  /** The request pipeline's ledger: a plan change moves the open period's included credits. */
  ledger: CreditLedgerService;
  /** Tells notifications (above billing) about invoice changes, in this transaction. */
  notify: BillingEventListener;
};

export type Prepared = { period?: PeriodHandle } | undefined;

/** Work that must happen before the transaction (it opens its own), e.g. the credit period of a pack. */
export type PrepareDeps = { gateway: StripeGateway; openPeriod(customerId: string): Promise<PeriodHandle> };

export type EventHandler = {
  prepare?: (event: Stripe.Event, deps: PrepareDeps) => Promise<Prepared>;
  apply: (ctx: HandlerContext) => Promise<void>;
};

/**
 * Handlers converge: each one re-reads the object from Stripe under a per-object advisory lock
 * and writes what Stripe says now, so duplicates and any delivery order end in the same rows.
 * The only additive effect (a credit pack grant) is keyed by the Checkout session id.
 */
export const eventHandlers: Record<string, EventHandler> = {
  'checkout.session.completed': { prepare: prepareCheckout, apply: applyCheckout },
  'checkout.session.async_payment_succeeded': { prepare: prepareCheckout, apply: applyCheckout },
  'checkout.session.expired': { apply: applyCheckoutExpired },
  'customer.subscription.created': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'customer.subscription.updated': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'customer.subscription.deleted': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'customer.subscription.paused': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'customer.subscription.resumed': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'customer.subscription.trial_will_end': { apply: (ctx) => syncSubscription(ctx, objectId(ctx.event)) },
  'invoice.created': {
    apply: async (ctx) => {
      await syncInvoice(ctx, objectId(ctx.event), false);
      await flushRenewalOverage(ctx, objectId(ctx.event));
      await announce(ctx, 'invoice.created');
    },
  },
  'invoice.finalized': { apply: (ctx) => syncInvoice(ctx, objectId(ctx.event), false) },
  'invoice.updated': { apply: (ctx) => syncInvoice(ctx, objectId(ctx.event), false) },
  'invoice.voided': { apply: (ctx) => syncInvoice(ctx, objectId(ctx.event), false) },
  'invoice.marked_uncollectible': { apply: (ctx) => syncInvoice(ctx, objectId(ctx.event), true) },
  'invoice.paid': { apply: (ctx) => syncAndAnnounce(ctx, 'invoice.paid') },
  'invoice.payment_succeeded': { apply: (ctx) => syncInvoice(ctx, objectId(ctx.event), true) },
  'invoice.payment_failed': { apply: (ctx) => syncAndAnnounce(ctx, 'invoice.payment_failed') },
  'customer.updated': { apply: syncCustomer },
  'customer.deleted': { apply: syncCustomer },
  'charge.refunded': { apply: applyRefund },
  'credit_note.created': { apply: applyCreditNote },
  'credit_note.updated': { apply: applyCreditNote },
  'credit_note.voided': { apply: applyCreditNote },
};

async function applyCreditNote(ctx: HandlerContext): Promise<void> {
  await recordCreditNote(ctx.em, ctx.gateway, objectId(ctx.event));
}

async function syncAndAnnounce(ctx: HandlerContext, type: InvoiceEventType): Promise<void> {
  await syncInvoice(ctx, objectId(ctx.event), true);
  await announce(ctx, type);
}

function announce(ctx: HandlerContext, type: InvoiceEventType): Promise<void> {
  return announceInvoice(ctx.em, ctx.notify, type, ctx.event.data.object as Stripe.Invoice);
}

const seconds = (value: number): Date => new Date(value * 1000);

async function prepareCheckout(event: Stripe.Event, deps: PrepareDeps): Promise<Prepared> {
  const session = event.data.object as Stripe.Checkout.Session;
  const customerId = session.metadata?.carlo_customer_id;
  if (session.mode !== 'payment' || !customerId || !isUuid(customerId)) return undefined;
  return { period: await deps.openPeriod(customerId) };
}

async function applyCheckout(ctx: HandlerContext): Promise<void> {
  const sessionId = objectId(ctx.event);
  await lock(ctx, sessionId);
  const session = await ctx.gateway.call((stripe) => stripe.checkout.sessions.retrieve(sessionId));
  const customer = await ourCustomer(ctx, idOf(session.customer), session.metadata?.carlo_customer_id ?? session.client_reference_id);
  if (!customer) return;
  if (session.mode === 'subscription') {
    const subscriptionId = idOf(session.subscription);
    if (subscriptionId) await syncSubscription(ctx, subscriptionId, session.metadata?.carlo_subscription_id ?? null);
    return;
  }
  if (session.mode === 'payment' && session.metadata?.carlo_kind === 'credit_pack' && session.payment_status === 'paid') {
    await grantPack(ctx, session, customer);
  }
}

/** The grant happens once per session: the unique session id on credit_purchase decides. */
async function grantPack(ctx: HandlerContext, session: Stripe.Checkout.Session, customer: Customer): Promise<void> {
  const pack = creditPack(session.metadata?.carlo_pack ?? '');
  const period = ctx.prepared?.period;
  if (!pack || !period || period.customerId !== customer.id)
    throw new Error(`credit pack session ${session.id}: unknown pack or no open period`);
  const connection = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  const inserted = await connection.execute<{ id: string }[]>(
    `insert into credit_purchase (id, created_at, updated_at, stripe_checkout_session_id, stripe_payment_intent_id, customer_id, pack, credits, amount_cents, currency)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?, ?) on conflict (stripe_checkout_session_id) do nothing returning id`,
    [
      session.id,
      idOf(session.payment_intent),
      customer.id,
      pack.code,
      pack.credits,
      session.amount_total ?? pack.priceCents,
      session.currency ?? pack.currency,
    ],
    'all',
    trx,
  );
  if (inserted.length === 0) return;
  await grantPrepaid(ctx.em, period, pack.credits, `credit pack ${pack.code} (${session.id})`);
  ctx.touched.add(customer.id);
}

/** Writes the subscription as Stripe has it now. `hint` is our subscription id from Checkout metadata. */
export async function syncSubscription(ctx: HandlerContext, stripeSubscriptionId: string, hint: string | null = null): Promise<void> {
  await lock(ctx, stripeSubscriptionId);
  const remote = await ctx.gateway.call((stripe) => stripe.subscriptions.retrieve(stripeSubscriptionId));
  const customer = await ourCustomer(ctx, idOf(remote.customer));
  if (!customer) return;
  const fields = subscriptionFields(remote);
  const em = ctx.em;
  let row = await em.findOne(Subscription, { stripeSubscriptionId });
  const carloId = hint ?? remote.metadata?.carlo_subscription_id ?? null;
  if (!row && carloId && isUuid(carloId))
    row = await em.findOne(Subscription, { id: carloId, customer: customer.id, stripeSubscriptionId: null });
  const plan =
    (fields.planCode ? await em.findOne(Plan, { code: fields.planCode }) : null) ??
    (row ? null : await em.findOneOrFail(Plan, { code: 'free' }));
  const latest = await em.findOne(Subscription, { customer: customer.id }, { orderBy: { createdAt: 'desc' } });
  const planBefore = latest?.plan.id ?? null;
  // A change within the same period of the same subscription (not a renewal, not a new subscription).
  const midPeriod =
    row !== null &&
    row.stripeSubscriptionId === stripeSubscriptionId &&
    row.currentPeriodStart.getTime() === fields.currentPeriodStart.getTime();
  const before = row ? { planCode: (await em.findOneOrFail(Plan, row.plan.id)).code, status: row.status } : null;
  const target = row ?? { customer, plan: plan ?? (await em.findOneOrFail(Plan, { code: 'free' })) };
  row = recordStripeState(em, target, {
    stripeSubscriptionId,
    plan,
    basePriceId: fields.basePriceId,
    status: fields.status,
    currentPeriodStart: fields.currentPeriodStart,
    currentPeriodEnd: fields.currentPeriodEnd,
    cancelAtPeriodEnd: fields.cancelAtPeriodEnd,
    trialEnd: fields.trialEnd,
    canceledAt: fields.canceledAt,
    pastDueSince: fields.status === SubscriptionStatus.PAST_DUE ? await pastDueSince(ctx, stripeSubscriptionId, remote) : null,
    eventAt: seconds(ctx.event.created),
  });
  ctx.touched.add(customer.id);
  await announceSubscriptionChange(ctx, customer.id, before, row);
  // The open credit period follows a plan change (an upgrade now, a downgrade once its period starts).
  const live = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE].includes(row.status);
  const isLatest = !latest || latest === row || row.createdAt >= latest.createdAt;
  if (plan && live && planBefore !== plan.id && isLatest) {
    await em.flush();
    // An upgrade mid-period grants the extra included credits for the time left (Stripe's clock), as its price is prorated.
    const share = midPeriod ? timeLeftShare(fields, ctx.event.created) : 1;
    await ctx.ledger.adjustIncluded(em, customer.id, customer.overrides.includedCredits ?? plan.includedCredits, share);
  }
}

/**
 * subscription.updated when the plan or status of an existing subscription moved. The key names the
 * transition, so a replayed event (which finds the row already moved) and a repeat record nothing.
 */
async function announceSubscriptionChange(
  ctx: HandlerContext,
  customerId: string,
  before: { planCode: string; status: SubscriptionStatus } | null,
  row: Subscription,
): Promise<void> {
  if (!before) return;
  const planCode = (await ctx.em.findOneOrFail(Plan, row.plan.id)).code;
  if (before.planCode === planCode && before.status === row.status) return;
  const subscriptionKey = row.stripeSubscriptionId ?? row.id;
  await ctx.notify(ctx.em, {
    customerId,
    type: 'subscription.updated',
    causeKey: `subscription.updated:${subscriptionKey}:${before.planCode}/${before.status}->${planCode}/${row.status}:${ctx.event.created}`,
    data: {
      plan: planCode,
      status: row.status,
      previousPlan: before.planCode,
      previousStatus: before.status,
      currentPeriodEnd: row.currentPeriodEnd.toISOString(),
    },
  });
}

function timeLeftShare(fields: { currentPeriodStart: Date; currentPeriodEnd: Date }, atSeconds: number): number {
  const start = fields.currentPeriodStart.getTime() / 1000;
  const end = fields.currentPeriodEnd.getTime() / 1000;
  return end > start ? (end - atSeconds) / (end - start) : 1;
}

/** Grace runs from the oldest unpaid invoice: a function of Stripe's state, not of delivery order. */
async function pastDueSince(ctx: HandlerContext, subscriptionId: string, remote: Stripe.Subscription): Promise<Date> {
  const open = await ctx.gateway.call((stripe) => stripe.invoices.list({ subscription: subscriptionId, status: 'open', limit: 100 }));
  const oldest = open.data.reduce<number | null>((min, invoice) => (min === null || invoice.created < min ? invoice.created : min), null);
  return seconds(oldest ?? remote.created);
}

async function syncInvoice(ctx: HandlerContext, invoiceId: string, subscriptionToo: boolean): Promise<void> {
  const { row, customer } = await mirrorInvoice(ctx, invoiceId);
  if (subscriptionToo && row.stripeSubscriptionId && customer) await syncSubscription(ctx, row.stripeSubscriptionId);
}

/**
 * Writes the invoice as Stripe has it now into the mirror, under the invoice's object lock (so the
 * caller holds a transaction). The webhooks call it, and so does the console right after it creates
 * an invoice, so the new invoice lists at once; whichever comes second finds the row.
 */
export async function mirrorInvoice(
  ctx: Pick<HandlerContext, 'em' | 'gateway'>,
  invoiceId: string,
): Promise<{ row: Invoice; customer: Customer | null }> {
  await lockStripeObject(ctx.em, invoiceId);
  const remote = await ctx.gateway.call((stripe) => stripe.invoices.retrieve(invoiceId));
  const customer = await ourCustomer(ctx, idOf(remote.customer));
  const em = ctx.em;
  let row = await em.findOne(Invoice, { stripeInvoiceId: invoiceId });
  const fields = {
    customerId: customer?.id ?? null,
    stripeSubscriptionId: subscriptionIdOfInvoice(remote),
    number: remote.number,
    status: remote.status ?? 'draft',
    billingReason: remote.billing_reason,
    currency: remote.currency,
    subtotalCents: remote.subtotal,
    totalCents: remote.total,
    amountPaidCents: remote.amount_paid,
    amountDueCents: remote.amount_due,
    periodStart: seconds(remote.period_start),
    periodEnd: seconds(remote.period_end),
    paidAt: remote.status_transitions?.paid_at ? seconds(remote.status_transitions.paid_at) : null,
    issuedAt: seconds(remote.created),
    hostedInvoiceUrl: remote.hosted_invoice_url ?? null,
    invoicePdfUrl: remote.invoice_pdf ?? null,
    lines: await withLookupKeys(ctx, invoiceLines(remote)),
  };
  if (row) Object.assign(row, fields);
  else row = em.create(Invoice, { stripeInvoiceId: invoiceId, ...fields });
  return { row, customer };
}

/** Price id -> lookup key; a price's lookup key only moves when plans:sync replaces the price. */
const lookupKeyCache = new Map<string, string | null>();

/** Revenue reports classify lines by our lookup keys (carlo_<plan>_base, _overage, carlo_pack_<pack>). */
async function withLookupKeys(
  ctx: Pick<HandlerContext, 'gateway'>,
  lines: ReturnType<typeof invoiceLines>,
): Promise<ReturnType<typeof invoiceLines>> {
  for (const line of lines) {
    if (line.lookupKey || !line.priceId) continue;
    const priceId = line.priceId;
    if (!lookupKeyCache.has(priceId)) {
      const price = await ctx.gateway.call((stripe) => stripe.prices.retrieve(priceId));
      if (lookupKeyCache.size > 10_000) lookupKeyCache.clear();
      lookupKeyCache.set(priceId, price.lookup_key);
    }
    line.lookupKey = lookupKeyCache.get(priceId) ?? null;
  }
  return lines;
}

/** Carlo keeps its own copy of the e-mail and company; the Stripe customer only confirms the link. */
async function syncCustomer(ctx: HandlerContext): Promise<void> {
  const customer = await ourCustomer(ctx, objectId(ctx.event));
  if (customer) ctx.touched.add(customer.id);
}

/**
 * A refund shows on the mirrored invoice of the refunded payment (a credit pack has one too, so
 * net revenue counts its refund), and a refunded credit pack also takes its credits back.
 */
async function applyRefund(ctx: HandlerContext): Promise<void> {
  const charge = ctx.event.data.object as Stripe.Charge;
  await lock(ctx, charge.id);
  const remote = await ctx.gateway.call((stripe) => stripe.charges.retrieve(charge.id, { expand: ['refunds'] }));
  const paymentIntent = idOf(remote.payment_intent);
  if (!paymentIntent) return;
  await revokeRefundedPack(ctx, paymentIntent, remote);
  // An invoice's payments are an includable field: Stripe lists them only when expanded.
  const invoices = await ctx.gateway.call((stripe) =>
    stripe.invoices.list({ customer: idOf(remote.customer) ?? undefined, limit: 100, expand: ['data.payments'] }),
  );
  const invoice = invoices.data.find((candidate) =>
    candidate.payments?.data.some((payment) => idOf(payment.payment.payment_intent ?? null) === paymentIntent),
  );
  if (!invoice?.id) return;
  const row = await ctx.em.findOne(Invoice, { stripeInvoiceId: invoice.id });
  if (!row) return;
  row.amountRefundedCents = remote.amount_refunded;
  await recordInvoiceRefunds(ctx.em, row, remote.refunds?.data ?? []);
}
