import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminRole } from '../modules/admin/admin-role.js';
import { AdminUser } from '../modules/admin/admin-user.entity.js';
import { createAdminUser, generatePassword } from '../modules/admin/admin-user.service.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { createCustomer } from '../modules/customers/customer.service.js';
import { ApiKeyMode } from '../modules/keys/api-key.entity.js';
import type { ApiKeyService } from '../modules/keys/api-key.service.js';
import { Plan } from '../modules/plans/plan.entity.js';

type PlanSeed = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'currency' | 'active' | 'stripeProductId' | 'stripeBasePriceId' | 'stripeMeteredPriceId'>;

export const FIRST_ADMIN_EMAIL = 'admin@carlo.local';
export const DEMO_CUSTOMER_EMAIL = 'demo@carlo.local';

/** Credentials created by this seed: shown to the operator once, never stored in clear or logged. */
export type SeedSecrets = { admin?: { email: string; password: string }; demoKey?: string };

export async function seedPlans(em: EntityManager): Promise<void> {
  const plans = JSON.parse(await readFile(new URL('../modules/plans/plans.json', import.meta.url), 'utf8')) as PlanSeed[];
  const existing = new Set((await em.find(Plan, {})).map((plan) => plan.code));
  for (const plan of plans) if (!existing.has(plan.code)) em.create(Plan, plan);
  await em.flush();
}

/**
 * Idempotent: plans that are missing, a first super admin when there is none (`firstAdmin`; in
 * production the first admin comes from `npm run admin:create`, so no password is ever printed
 * by a server), and the demo customer.
 */
export async function seed(em: EntityManager, apiKeys: ApiKeyService, options: { demo: boolean; firstAdmin: boolean }): Promise<SeedSecrets> {
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
