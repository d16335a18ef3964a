import { randomUUID } from 'node:crypto';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { createAdminUser } from '../../server/src/platform/staff/admin-user.service.js';
import { SubscriptionStatus } from '../../server/src/domain/subscriptions/subscription.entity.js';
import type { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { createCustomer } from '../../server/src/domain/subscriptions/new-customer.service.js';
import { ApiKeyMode, type ApiKeyScope } from '../../server/src/domain/keys/api-key.entity.js';
import type { TestApp } from './test-app.js';

export type CustomerWithKey = { customer: Customer; key: string; keyId: string };

export function uniqueEmail(label = 'customer'): string {
  return `${label}-${randomUUID().slice(0, 12)}@example.test`;
}

/** A customer on a plan with one live key; the plaintext key is returned as a user would hold it. */
export async function customerWithKey(
  app: TestApp,
  options: { plan?: string; status?: SubscriptionStatus; scopes?: ApiKeyScope[] } = {},
): Promise<CustomerWithKey> {
  const em = app.services.orm.em.fork();
  const { customer } = await createCustomer(em, {
    company: `Company ${randomUUID().slice(0, 6)}`,
    email: uniqueEmail(),
    planCode: options.plan ?? 'pro',
    status: options.status ?? SubscriptionStatus.ACTIVE,
  });
  const issued = await app.services.apiKeys.create(em, customer.id, {
    name: 'test key',
    mode: ApiKeyMode.LIVE,
    scopes: options.scopes,
    createdBy: 'system',
  });
  return { customer, key: issued.secret, keyId: issued.apiKey.id };
}

export type SignedInAdmin = { id: string; email: string; password: string; cookie: string };

/** An admin user of a role, signed in over HTTP; the session cookie is what the browser would send. */
export async function signedInAdmin(app: TestApp, role: AdminRole = AdminRole.SUPER_ADMIN): Promise<SignedInAdmin> {
  const em = app.services.orm.em.fork();
  const email = uniqueEmail(role);
  const password = `pw-${randomUUID()}`;
  const admin = await createAdminUser(em, { email, name: role, role, password });
  await em.flush();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { expiresAt } }',
      variables: { email, password },
    }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0];
  if (!cookie.startsWith('carlo_session=')) throw new Error(`admin sign-in failed: ${response.status} ${await response.text()}`);
  return { id: admin.id, email, password, cookie };
}
