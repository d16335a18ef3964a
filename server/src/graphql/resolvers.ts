import type { NonEmptyArray } from 'type-graphql';
import { AdminAuthResolver } from '../modules/admin/admin-auth.resolver.js';
import { AdminUserResolver } from '../modules/admin/admin-user.resolver.js';
import { AuditLogResolver } from '../modules/admin/audit-log.resolver.js';
import { AccountResolver } from '../modules/customers/account.resolver.js';
import { AdminCustomerResolver } from '../modules/customers/admin-customer.resolver.js';
import { ApiKeyResolver } from '../modules/keys/api-key.resolver.js';
import { PlanResolver } from '../modules/plans/plan.resolver.js';

/** Every resolver class of the API; a module adds its resolvers here. */
export const resolvers: NonEmptyArray<Function> = [
  AccountResolver,
  ApiKeyResolver,
  PlanResolver,
  AdminAuthResolver,
  AdminUserResolver,
  AdminCustomerResolver,
  AuditLogResolver,
];
