/** The billing module's public surface: other modules import only what is listed here. */
export { invoiceMirrorTotals, invoiceRevenueLines } from './reports/invoice-revenue.service.js';
export { revenueAdjustmentLines } from './reports/revenue-adjustments.service.js';
export type { RevenueAdjustmentLine } from './reports/revenue-adjustments.service.js';
export { addToGroups, parsePeriod } from './reports/invoice-revenue.js';
export type { RevenueGroup, RevenueInvoiceLine } from './reports/invoice-revenue.js';
export {
  parseMonth,
  pastDueAmountCents,
  revenueCohorts,
  revenueLines,
  revenueSeriesWithBilling,
} from './reports/revenue-report.service.js';
export type { MonthWithBilling, RevenueLine } from './reports/revenue-report.service.js';
export { customerMargins } from './reports/customer-margin.service.js';
export {
  CustomerMarginType,
  MrrGroupBy,
  MrrReportGroupType,
  MrrReportType,
  RevenueGroupBy,
  RevenueCohortType,
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
export { InvoiceRefund } from './stripe/invoice-refund.entity.js';
export { CreditNote } from './stripe/credit-note.entity.js';
export { InvoiceLineKind, invoiceLineKind } from './stripe/invoice-line-kind.js';
export { markInvoiceUncollectible, refundInvoice, voidInvoice } from './stripe/invoice-operations.js';
export { creditInvoice, voidInvoiceCreditNote } from './stripe/invoice-credit-notes.js';
export type { CreditNoteOutcome } from './stripe/invoice-credit-notes.js';
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
export type { BillingEvent, BillingEventListener, InvoiceEventType } from './stripe/invoice-events.js';
export { createManualInvoice } from './stripe/manual-invoice.js';
export {
  MANUAL_INVOICE_LIMITS,
  ManualInvoiceCollection,
  checkManualInvoice,
  manualInvoiceTotalCents,
} from './stripe/manual-invoice-rules.js';
export type { ManualInvoiceLine, ManualInvoiceRequest } from './stripe/manual-invoice-rules.js';
export { creditNoteSplit } from './stripe/credit-note-record.js';
export { withOverageLines } from './stripe/invoice-filters.js';
export { migratePriceVersion, previewPriceMigration } from './stripe/price-migration.js';
export type { PriceMigrationLine, PriceMigrationPlan } from './stripe/price-migration.js';
export {
  CouponInput,
  CouponType,
  applySubscriptionCoupon,
  createStripeCoupon,
  deleteStripeCoupon,
  listCoupons,
  removeSubscriptionCoupon,
  retrieveCoupon,
  subscriptionCoupon,
} from './stripe/coupons.js';
export { SubscriptionDiscountType } from './stripe/subscription-discount.js';
export { RETRY_SCHEDULE_DAYS, daysUntil, dunningDates } from './stripe/dunning-schedule.js';
export type { DunningDates } from './stripe/dunning-schedule.js';
