import type { NonEmptyArray } from 'type-graphql';
import { AccountCreditsResolver, AdminCreditsResolver } from '../../customer-api/credits.resolver.js';
import { UsageResolver } from '../../customer-api/usage.resolver.js';
import { AdminApiKeyResolver } from '../../console/admin-api-key.resolver.js';
import { AdminAuthResolver } from '../../console/admin-auth.resolver.js';
import { AdminCustomerFieldsResolver } from '../../console/admin-customer-fields.resolver.js';
import { AdminDashboardResolver } from '../../console/admin-dashboard.resolver.js';
import { AdminMeterDriftResolver } from '../../console/admin-meter-drift.resolver.js';
import { AdminPlanSyncResolver } from '../../console/admin-plan-sync.resolver.js';
import { AdminSimulationResolver } from '../../console/admin-simulation.resolver.js';
import { AdminUsageResolver } from '../../console/admin-usage.resolver.js';
import { AdminUserResolver } from '../../console/admin-user.resolver.js';
import { AuditLogResolver } from '../../console/audit-log.resolver.js';
import { BillingAdminResolver } from '../../console/billing-admin.resolver.js';
import { BillingResolver } from '../../customer-api/billing.resolver.js';
import { BillingAdminActionsResolver } from '../../console/billing-admin-actions.resolver.js';
import { AccountResolver } from '../../customer-api/account.resolver.js';
import { AdminCustomerResolver } from '../../console/admin-customer.resolver.js';
import { ApiKeyResolver } from '../../customer-api/api-key.resolver.js';
import { PlanAdminResolver } from '../../console/plan-admin.resolver.js';
import { PlanResolver } from '../../customer-api/plan.resolver.js';
import { RevenueReportResolver } from '../../console/revenue-report.resolver.js';
import { SimulationResolver } from '../../customer-api/simulation.resolver.js';

/** Every resolver class of the API; a module adds its resolvers here. */
export const resolvers: NonEmptyArray<Function> = [
  AccountResolver,
  ApiKeyResolver,
  PlanResolver,
  PlanAdminResolver,
  AccountCreditsResolver,
  AdminCreditsResolver,
  UsageResolver,
  AdminAuthResolver,
  AdminUserResolver,
  AdminCustomerResolver,
  AuditLogResolver,
  AdminApiKeyResolver,
  AdminCustomerFieldsResolver,
  AdminDashboardResolver,
  AdminUsageResolver,
  AdminSimulationResolver,
  AdminMeterDriftResolver,
  AdminPlanSyncResolver,
  RevenueReportResolver,
  SimulationResolver,
  BillingResolver,
  BillingAdminResolver,
  BillingAdminActionsResolver,
];
