/** The console module's public surface: other modules import only what is listed here. */
export { AdminApiKeyResolver } from './admin-api-key.resolver.js';
export { AdminAuthResolver } from './admin-auth.resolver.js';
export { AdminCustomerFieldsResolver } from './admin-customer-fields.resolver.js';
export { AdminCustomerResolver } from './admin-customer.resolver.js';
export { AdminDashboardResolver } from './admin-dashboard.resolver.js';
export { AdminMeterDriftResolver } from './admin-meter-drift.resolver.js';
export { AdminPlanSyncResolver } from './admin-plan-sync.resolver.js';
export { AdminSimulationResolver } from './admin-simulation.resolver.js';
export { AdminUsageResolver } from './admin-usage.resolver.js';
export { AdminUserResolver } from './admin-user.resolver.js';
export { AuditLogResolver } from './audit-log.resolver.js';
export { BillingAdminActionsResolver } from './billing-admin-actions.resolver.js';
export { BillingAdminResolver } from './billing-admin.resolver.js';
export { PlanAdminResolver } from './plan-admin.resolver.js';
export { FINANCE_READERS, RevenueReportResolver } from './revenue-report.resolver.js';
