import type Stripe from 'stripe';
import type { EventRecord } from '../events/event-record.js';

/** How a stored card behaves when charged (Stripe's test-card semantics, see README). */
export type CardBehaviour =
  | 'succeed'
  | 'decline'
  | 'insufficient_funds'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'fail_off_session'
  | 'authenticate_always'
  | 'authenticate_setup';

export type StoredMeterEvent = {
  event: Stripe.Billing.MeterEvent;
  customer: string;
  value: number;
};

export type IdempotencyEntry = { fingerprint: string; status: number; body: string; createdAt: number };

export type StoredWebhookEndpoint = { endpoint: Stripe.WebhookEndpoint; secret: string };

/** Everything the emulator knows; plain JSON so it can be snapshotted as is. */
export type State = {
  customers: Record<string, Stripe.Customer>;
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  subscriptions: Record<string, Stripe.Subscription>;
  subscriptionSchedules: Record<string, Stripe.SubscriptionSchedule>;
  invoices: Record<string, Stripe.Invoice>;
  /** Payments per invoice id: Stripe returns them only when `payments` is expanded (an includable field). */
  invoicePayments: Record<string, Stripe.InvoicePayment[]>;
  /** One-off invoice items (`/v1/invoiceitems`); pending until an invoice takes them. */
  invoiceItems: Record<string, Stripe.InvoiceItem>;
  creditNotes: Record<string, Stripe.CreditNote>;
  coupons: Record<string, Stripe.Coupon>;
  /** Deleted coupons stay in `coupons` because discounts made from them keep applying (Stripe's rule). */
  deletedCoupons: Record<string, true>;
  /** Discounts by id: a subscription's `discounts` lists the ids of those still in effect. */
  discounts: Record<string, Stripe.Discount>;
  paymentMethods: Record<string, Stripe.PaymentMethod>;
  /** Customers' tax ids (`/v1/customers/:id/tax_ids`). */
  taxIds: Record<string, Stripe.TaxId>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  checkoutSessions: Record<string, Stripe.Checkout.Session>;
  checkoutLineItems: Record<string, Stripe.LineItem[]>;
  checkoutSubscriptionData: Record<string, { metadata: Record<string, string>; trialPeriodDays: number | undefined }>;
  portalSessions: Record<string, Stripe.BillingPortal.Session>;
  portalConfigurations: Record<string, Stripe.BillingPortal.Configuration>;
  meters: Record<string, Stripe.Billing.Meter>;
  meterEvents: StoredMeterEvent[];
  testClocks: Record<string, Stripe.TestHelpers.TestClock>;
  webhookEndpoints: Record<string, StoredWebhookEndpoint>;
  /** Proration lines waiting for the subscription's next invoice (create_prorations). */
  pendingLines: Record<string, Stripe.InvoiceLineItem[]>;
  /** Renewal invoices in draft: the ended period's metered items, billed when the draft is finalized. */
  renewalDrafts: Record<string, { items: Stripe.SubscriptionItem[] }>;
  cardBehaviour: Record<string, CardBehaviour>;
  /** Subscriptions whose `customer.subscription.trial_will_end` was already sent. */
  trialNotices: Record<string, true>;
  events: EventRecord[];
  idempotency: Record<string, IdempotencyEntry>;
};

export function emptyState(): State {
  return {
    customers: {},
    taxIds: {},
    products: {},
    prices: {},
    subscriptions: {},
    subscriptionSchedules: {},
    invoices: {},
    invoicePayments: {},
    invoiceItems: {},
    creditNotes: {},
    coupons: {},
    deletedCoupons: {},
    discounts: {},
    paymentMethods: {},
    paymentIntents: {},
    charges: {},
    refunds: {},
    checkoutSessions: {},
    checkoutLineItems: {},
    checkoutSubscriptionData: {},
    portalSessions: {},
    portalConfigurations: {},
    meters: {},
    meterEvents: [],
    testClocks: {},
    webhookEndpoints: {},
    pendingLines: {},
    renewalDrafts: {},
    cardBehaviour: {},
    trialNotices: {},
    events: [],
    idempotency: {},
  };
}
