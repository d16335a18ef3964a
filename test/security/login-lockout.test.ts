import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Addresses unique to this run: with REDIS_URL the counts outlive the app.
const network = randomUUID().slice(0, 4);
const address = (host: number): string => `2001:db8:${network}::${host.toString(16)}`;

type LoginAnswer = { code: string | null; retryAfterSeconds: number | null };

let app: TestApp;
beforeAll(async () => {
  // Loopback is the trusted proxy here, so each request can come from the address it names.
  app = await startTestApp({ TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await app?.close();
});

async function login(email: string, password: string, from: string): Promise<LoginAnswer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { adminLogin(email: $email, password: $password) { expiresAt } }',
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  const error = body.errors?.[0];
  return { code: error ? (error.extensions?.code ?? 'UNKNOWN') : null, retryAfterSeconds: error?.extensions?.retryAfterSeconds ?? null };
}

describe('admin sign-in lockout', () => {
  it('verifies at most 5 of 12 concurrent wrong passwords for one account from one address', async () => {
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => login(admin.email, `wrong-${index}-password`, address(1))));
    const codes = answers.map((answer) => answer.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
  });

  it('never locks the real admin out of an account that others flood with wrong passwords', async () => {
    const admin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const home = address(20);
    expect((await login(admin.email, admin.password, home)).code).toBeNull();
    const attack: LoginAnswer[] = [];
    for (const attacker of [201, 202, 203, 204, 205].map(address)) {
      for (let attempt = 0; attempt < 6; attempt += 1) attack.push(await login(admin.email, `guess-${attempt}-password`, attacker));
    }
    expect(attack.filter((answer) => answer.code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    // From the address it signs in from, the admin gets in at once; from a new one it waits 30 s at most.
    expect((await login(admin.email, admin.password, home)).code).toBeNull();
    const elsewhere = await login(admin.email, admin.password, address(21));
    expect(elsewhere.code === null || (elsewhere.code === 'RATE_LIMITED' && (elsewhere.retryAfterSeconds ?? 0) <= 30)).toBe(true);
  });

  it('stops one address after 20 attempts spread over many accounts', async () => {
    const answers: LoginAnswer[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) answers.push(await login(uniqueEmail('spray'), 'password-spray-1234', address(30)));
    expect(answers.slice(0, 20).every((answer) => answer.code === 'UNAUTHENTICATED')).toBe(true);
    expect(answers[20]?.code).toBe('RATE_LIMITED');
  });
});
