import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Addresses unique to this run: with REDIS_URL the counts outlive the app.
const network = randomUUID().slice(0, 4);
const address = (host: number): string => `2001:db8:${network}::${host.toString(16)}`;

type Answer = { data: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: 'loopback', SIGNUP_LIMIT_PER_HOUR: '2' });
});
afterAll(async () => {
  await app?.close();
});

async function signUp(target: TestApp, company: string, from: string): Promise<string | undefined> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { access } }',
      variables: { input: { company, email: uniqueEmail('guard'), plan: 'free' } },
    }),
  });
  const body = (await response.json()) as Answer;
  return body.errors?.[0]?.extensions?.code;
}

describe('sign-up', () => {
  it.each([
    ['whitespace only', ' \t '],
    ['a right-to-left override', 'Acme\u202Egnp.exe'],
    ['a zero-width character alone', '\u200B'],
    ['a control character', 'Acme\u0007'],
  ])('refuses a company name of %s', async (_label, company) => {
    expect(await signUp(app, company, address(60))).toBe('BAD_USER_INPUT');
  });

  it('accepts printable names in any script', async () => {
    expect(await signUp(app, 'Überwald Ärzte — 東京', address(61))).toBeUndefined();
  });

  it.runIf(process.env.REDIS_URL)(
    'counts sign-ups from one address across API processes when Redis is configured',
    async () => {
      const other = await startTestApp({ TRUST_PROXY: 'loopback', SIGNUP_LIMIT_PER_HOUR: '2' });
      try {
        expect([await signUp(app, 'Shared One', address(70)), await signUp(other, 'Shared Two', address(70))]).toEqual([
          undefined,
          undefined,
        ]);
        expect(await signUp(other, 'Shared Three', address(70))).toBe('RATE_LIMITED');
        expect(await signUp(app, 'Shared Four', address(70))).toBe('RATE_LIMITED');
      } finally {
        await other.close();
      }
      // It starts a second app, which takes longer than the default timeout on a loaded machine.
    },
    120_000,
  );
});

describe('super admins', () => {
  const update = (id: string, change: { role?: string; disabled?: boolean }) =>
    JSON.stringify({
      query:
        'mutation ($id: ID!, $role: AdminRole, $disabled: Boolean) { updateAdminUser(id: $id, role: $role, disabled: $disabled) { role disabled } }',
      variables: { id, ...change },
    });

  it('cannot disable or demote themselves, but can another super admin', async () => {
    const boss = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const peer = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    for (const change of [{ role: 'ADMIN' }, { disabled: true }]) {
      const refused = await app.client.raw(update(boss.id, change), { cookie: boss.cookie });
      expect(
        refused.errors.map((error) => error.extensions?.code),
        JSON.stringify(change),
      ).toEqual(['FORBIDDEN']);
    }
    expect((await app.client.raw(update(boss.id, { role: 'SUPER_ADMIN' }), { cookie: boss.cookie })).errors).toEqual([]);
    const demoted = await app.client.raw<{ updateAdminUser: { role: string } }>(update(peer.id, { role: 'ADMIN' }), {
      cookie: boss.cookie,
    });
    expect(demoted.data?.updateAdminUser.role).toBe('ADMIN');
  });
});
