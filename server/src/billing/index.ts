/** The billing module's public surface: other modules import only what is listed here. */
export { invoiceMirrorTotals, invoiceRevenueLines } from './reports/invoice-revenue.service.js';
export { invoiceRefundLines } from './reports/invoice-refunds.service.js';
export type { RevenueRefundLine } from './reports/invoice-refunds.service.js';
export { addToGroups, parsePeriod } from './reports/invoice-revenue.js';
export type { RevenueGroup, RevenueInvoiceLine } from './reports/invoice-revenue.js';
export { parseMonth, revenueLines, revenueSeriesWithBilling } from './reports/revenue-report.service.js';
export type { MonthWithBilling, RevenueLine } from './reports/revenue-report.service.js';
export {
  MrrGroupBy,
  MrrReportGroupType,
  MrrReportType,
  RevenueGroupBy,
  RevenueMetricsArgs,
  RevenueMonthType,
  RevenueReportType,
} from './reports/revenue-report.type.js';
export {
  AdminSubscriptionPage,
  AdminSubscriptionType,
  BillingListArgs,
  InvoicePage,
  InvoiceType,
  OutboxEntryType,
  OutboxPage,
  StripeEventPage,
  StripeEventType,
} from './stripe/billing-admin.type.js';
export { SignUpInput } from './stripe/billing.input.js';
export { BillingModule } from './stripe/billing.module.js';
export type { PlanChangePreview } from './stripe/plan-changes.js';
export { AccountSubscriptionType, PlanChangeType, RedirectSessionType, SignUpPayload, accountSubscription } from './stripe/billing.type.js';
export { CreditPurchase } from './stripe/credit-purchase.entity.js';
export { Invoice } from './stripe/invoice.entity.js';
export { InvoiceLineKind, invoiceLineKind } from './stripe/invoice-line-kind.js';
export { markInvoiceUncollectible, refundInvoice, voidInvoice } from './stripe/invoice-operations.js';
export { pushCustomerProfile } from './stripe/customer-profile-sync.js';
export { invoiceCollection, retryInvoicePayment } from './stripe/invoice-collection.js';
export type { RetryOutcome } from './stripe/invoice-collection.js';
export { MeterDrift } from './stripe/meter-drift.entity.js';
export { planChange } from './stripe/plan-change-view.js';
export { syncPlans } from './stripe/plans-sync.js';
export { advanceCustomerClock } from './stripe/test-clock-advance.js';
export type { ClockAdvance } from './stripe/test-clock-advance.js';
export { TRIGGERS, isTrigger, triggerEvent } from './stripe/stripe-trigger.js';
export { StripeEvent, StripeEventStatus } from './stripe/stripe-event.entity.js';
export { StripeGateway } from './stripe/stripe-gateway.js';
export { StripeOutboxEntry } from './stripe/stripe-outbox.entity.js';
export { verifyWebhook } from './stripe/webhook-signature.js';
export { CREDIT_PACKS } from './stripe/credit-packs.js';
export type { CreditPack } from './stripe/credit-packs.js';
export { UnstorableEvent } from './stripe/stripe-inbox.js';
export { BillingDetailsType, TaxIdInput, TaxIdType } from './stripe/billing-details.type.js';
export { TAX_ID_TYPES } from './stripe/tax-id-format.js';
