/** The customer-api module's public surface: other modules import only what is listed here. */
export { AccountResolver } from './account.resolver.js';
export { ApiKeyResolver } from './api-key.resolver.js';
export { BillingResolver } from './billing.resolver.js';
export { AccountCreditsResolver, AdminCreditsResolver } from './credits.resolver.js';
export { PlanResolver } from './plan.resolver.js';
export { SimulationResolver } from './simulation.resolver.js';
export { UsageResolver } from './usage.resolver.js';
export { WorkbookResolver } from './workbook.resolver.js';
export { WorkbookRunResolver } from './workbook-run.resolver.js';
export { MemberAuthResolver } from './member-auth.resolver.js';
export { TeamResolver } from './team.resolver.js';
export { CreditPackResolver } from './portal/credit-pack.resolver.js';
export { PortalBillingResolver } from './portal/portal-billing.resolver.js';
export { PortalBillingDetailsResolver } from './portal/portal-billing-details.resolver.js';
export { PortalKeysResolver } from './portal/portal-keys.resolver.js';
export { PortalOverviewResolver } from './portal/portal-overview.resolver.js';
export { WebhookDeliveryResolver } from './webhook-delivery.resolver.js';
export { WebhookEndpointResolver } from './webhook-endpoint.resolver.js';
