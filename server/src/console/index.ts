/** The console module's public surface: other modules import only what is listed here. */
export { AdminApiKeyResolver } from './api-key.resolver.js';
export { AdminAuthResolver } from './staff-session.resolver.js';
export { AdminCustomerFieldsResolver } from './customer-fields.resolver.js';
export { AdminCustomerResolver } from './customer.resolver.js';
export { AdminCustomerProfileResolver } from './customer-profile.resolver.js';
export { AdminCustomerTimelineResolver } from './customer-timeline.resolver.js';
export { AdminDashboardResolver } from './dashboard.resolver.js';
export { AdminMeterDriftResolver } from './meter-drift.resolver.js';
export { AdminPlanSyncResolver } from './plan-sync.resolver.js';
export { AdminSimulationResolver } from './simulation.resolver.js';
export { AdminUsageResolver } from './usage.resolver.js';
export { AdminUserResolver } from './staff-user.resolver.js';
export { AuditLogResolver } from './audit-log.resolver.js';
export { BillingAdminActionsResolver } from './billing-actions.resolver.js';
export { BillingAdminResolver } from './billing.resolver.js';
export { InvoiceOperationsResolver } from './invoice-operations.resolver.js';
export { PlanAdminResolver } from './plan.resolver.js';
export { FINANCE_READERS, RevenueReportResolver } from './revenue-report.resolver.js';
