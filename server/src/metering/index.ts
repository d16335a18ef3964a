/** The metering module's public surface: other modules import only what is listed here. */
export { estimateCost } from './cost/cost-calculator.js';
export { costBySizeDirective, costDirective, directives, listSizeDirective } from './cost/directives.js';
export { rateLimitDirective } from './rate-limits/rate-limit.directive.js';
export { SIMULATION_PRICE, costBySizeDirectiveSdl, simulationCredits } from './cost/simulation-price.js';
export { UsageCollector, holdForJob, storeWithCharge } from './cost/usage-collector.js';
export {
  WORKBOOK_EXPORT_COST,
  WORKBOOK_IMPORT_COST,
  WORKBOOK_RUN_BY_SIZE,
  workbookWorkUnitsOfArgs,
} from './cost/workbook-price.js';
export type { ChargedWrite, UsageReporter } from './cost/usage-collector.js';
export { CreditBalance } from './credits/credit-balance.entity.js';
export { CreditLedgerEntry } from './credits/credit-ledger.entity.js';
export { CreditLedgerService } from './credits/credit-ledger.service.js';
export type { PeriodHandle } from './credits/credit-ledger.service.js';
export { grantPrepaid, revokePrepaid } from './credits/prepaid-credits.js';
export { periodAt } from './credits/credit-period.js';
export { creditsOf } from './credits/credits-view.js';
export { CreditsType } from './credits/credits.type.js';
export { IdempotencyRecord } from './idempotency/idempotency-record.entity.js';
export { monetizationPlugin } from './monetization.plugin.js';
export { createMonetization } from './monetization.js';
export type { Monetization } from './monetization.js';
export { createSimulationMeter } from './simulation-meter.js';
export { QuoteType } from './usage/quote.type.js';
export { UsageDayCustomer, UsageDayOperation, UsageDayTotal } from './usage/usage-daily.entity.js';
export { UsageEvent } from './usage/usage-event.entity.js';
export { exploreUsage } from './usage/usage-explorer.js';
export { usageReport } from './usage/usage-report.service.js';
export { UsageGroupBy, UsagePeriod, UsageReportType } from './usage/usage-report.type.js';
export { overageByOperation } from './usage/overage-by-operation.js';
export type { OverageOperation } from './usage/overage-by-operation.js';
export { claimOverage } from './usage/overage-claim.js';
export type { HourOverage } from './usage/overage-claim.js';
export { SpendCapUsage } from './spend-caps/spend-cap-usage.entity.js';
export { SpendCapGuard } from './spend-caps/spend-cap-guard.js';
export type { CapReservation, SpendCapListener, SpendCapNotice } from './spend-caps/spend-cap-guard.js';
export { THRESHOLD_PERCENTS } from './credits/credit-crossings.js';
export type { CreditsCrossing, CreditsCrossingListener } from './credits/credit-crossings.js';
