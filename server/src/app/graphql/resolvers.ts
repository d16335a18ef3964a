import type { NonEmptyArray } from 'type-graphql';
import { AccountCreditsResolver, AccountResolver, AdminCreditsResolver, ApiKeyResolver, BillingResolver, CreditPackResolver, MemberAuthResolver, PlanResolver, PortalBillingResolver, PortalKeysResolver, PortalOverviewResolver, SimulationResolver, TeamResolver, UsageResolver, WorkbookResolver } from '../../customer-api/index.js';
import { AdminApiKeyResolver, AdminAuthResolver, AdminCustomerFieldsResolver, AdminCustomerResolver, AdminDashboardResolver, AdminMeterDriftResolver, AdminPlanSyncResolver, AdminSimulationResolver, AdminUsageResolver, AdminUserResolver, AuditLogResolver, BillingAdminActionsResolver, BillingAdminResolver, PlanAdminResolver, RevenueReportResolver } from '../../console/index.js';

/** Every resolver class of the API; a module adds its resolvers here. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes its resolver classes as NonEmptyArray<Function>.
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
  WorkbookResolver,
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
