import type { NonEmptyArray } from 'type-graphql';
import { AccountCreditsResolver, AdminCreditsResolver } from '../modules/usage/credits.resolver.js';
import { UsageResolver } from '../modules/usage/usage.resolver.js';
import { AdminApiKeyResolver } from '../modules/admin/admin-api-key.resolver.js';
import { AdminAuthResolver } from '../modules/admin/admin-auth.resolver.js';
import { AdminCustomerFieldsResolver } from '../modules/admin/admin-customer-fields.resolver.js';
import { AdminDashboardResolver } from '../modules/admin/admin-dashboard.resolver.js';
import { AdminMeterDriftResolver } from '../modules/admin/admin-meter-drift.resolver.js';
import { AdminPlanSyncResolver } from '../modules/admin/admin-plan-sync.resolver.js';
import { AdminSimulationResolver } from '../modules/admin/admin-simulation.resolver.js';
import { AdminUsageResolver } from '../modules/admin/admin-usage.resolver.js';
import { AdminUserResolver } from '../modules/admin/admin-user.resolver.js';
import { AuditLogResolver } from '../modules/admin/audit-log.resolver.js';
import { BillingAdminResolver } from '../modules/billing/billing-admin.resolver.js';
import { BillingResolver } from '../modules/billing/billing.resolver.js';
import { BillingAdminActionsResolver } from '../modules/billing/billing-admin-actions.resolver.js';
import { AccountResolver } from '../modules/customers/account.resolver.js';
import { AdminCustomerResolver } from '../modules/customers/admin-customer.resolver.js';
import { ApiKeyResolver } from '../modules/keys/api-key.resolver.js';
import { MemberAuthResolver } from '../modules/members/member-auth.resolver.js';
import { TeamResolver } from '../modules/members/team.resolver.js';
import { CreditPackResolver } from '../modules/portal/credit-pack.resolver.js';
import { PortalBillingResolver } from '../modules/portal/portal-billing.resolver.js';
import { PortalKeysResolver } from '../modules/portal/portal-keys.resolver.js';
import { PortalOverviewResolver } from '../modules/portal/portal-overview.resolver.js';
import { PlanAdminResolver } from '../modules/plans/plan-admin.resolver.js';
import { PlanResolver } from '../modules/plans/plan.resolver.js';
import { RevenueReportResolver } from '../modules/reports/revenue-report.resolver.js';
import { SimulationResolver } from '../modules/simulation/simulation.resolver.js';

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
  MemberAuthResolver,
  TeamResolver,
  PortalOverviewResolver,
  PortalKeysResolver,
  PortalBillingResolver,
  CreditPackResolver,
];
