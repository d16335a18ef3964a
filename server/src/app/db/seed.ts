import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminRole, AdminUser, createAdminUser, generatePassword } from '../../platform/staff/index.js';
import { Customer } from '../../domain/customers/index.js';
import { createCustomer } from '../../domain/subscriptions/index.js';
import { ApiKeyMode, type ApiKeyService } from '../../domain/keys/index.js';
import { seedPlans } from '../../domain/plans/index.js';

export const FIRST_ADMIN_EMAIL = 'admin@carlo.local';
export const DEMO_CUSTOMER_EMAIL = 'demo@carlo.local';

/** Credentials created by this seed: shown to the operator once, never stored in clear or logged. */
export type SeedSecrets = { admin?: { email: string; password: string }; demoKey?: string };

/**
 * Idempotent: plans that are missing, a first super admin when there is none (`firstAdmin`; in
 * production the first admin comes from `npm run admin:create`, so no password is ever printed
 * by a server), and the demo customer.
 */
export async function seed(
  em: EntityManager,
  apiKeys: ApiKeyService,
  options: { demo: boolean; firstAdmin: boolean },
): Promise<SeedSecrets> {
  await seedPlans(em);
  const secrets: SeedSecrets = {};
  if (options.firstAdmin && (await em.count(AdminUser, {})) === 0) {
    const password = generatePassword();
    await createAdminUser(em, { email: FIRST_ADMIN_EMAIL, name: 'First admin', role: AdminRole.SUPER_ADMIN, password });
    await em.flush();
    secrets.admin = { email: FIRST_ADMIN_EMAIL, password };
  }
  if (options.demo && (await em.count(Customer, { email: DEMO_CUSTOMER_EMAIL })) === 0) {
    const { customer } = await createCustomer(em, { company: 'Demo Co', email: DEMO_CUSTOMER_EMAIL, planCode: 'pro' });
    const issued = await apiKeys.create(em, customer.id, { name: 'Demo key', mode: ApiKeyMode.LIVE, createdBy: 'system' });
    secrets.demoKey = issued.secret;
  }
  return secrets;
}
