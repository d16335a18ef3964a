import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CREDIT_PACKS } from '../../server/src/billing/stripe/credit-packs.js';
import { Plan } from '../../server/src/domain/plans/plan.entity.js';
import { graphql } from '../generated/index.js';
import { uniqueEmail } from '../support/factories.js';
import { until } from './billing-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Me = graphql(`query StorefrontMe { me { company plan { code } access { level } } }`);
const PortalMe = graphql(`query StorefrontPortalMe { portalMe { company member { email role emailVerified } } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function get(path: string): Promise<{ status: number; type: string; body: string; location: string | null }> {
  const response = await fetch(`${app.url}${path}`, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
    location: response.headers.get('location'),
  };
}

function postForm(fields: Record<string, string>): Promise<Response> {
  return fetch(`${app.url}/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Money as a visitor reads it: "$29", "$1.50". */
function dollars(amountCents: number): string {
  return `$${amountCents % 100 === 0 ? (amountCents / 100).toLocaleString('en-US') : (amountCents / 100).toFixed(2)}`;
}

function text(html: string): string {
  return html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the public pricing page', () => {
  it('redirects / to /pricing', async () => {
    const root = await get('/');
    expect([root.status, root.location]).toEqual([302, '/pricing']);
  });

  it('lists every active plan with price, credits, overage, rate limit and size as HTML, plus the credit packs', async () => {
    const page = await get('/pricing');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    const words = text(page.body);
    const plans = await app.services.orm.em.fork().find(Plan, { active: true });
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const card = text(
        page.body.slice(
          page.body.indexOf(`data-plan="${plan.code}"`),
          page.body.indexOf('</li>', page.body.indexOf(`data-plan="${plan.code}"`)),
        ),
      );
      expect(card).toContain(plan.name);
      expect(card).toContain(plan.priceCents === 0 ? 'Free' : dollars(plan.priceCents));
      expect(card).toContain(`${plan.includedCredits.toLocaleString('en-US')} credits / month`);
      expect(card).toContain(`${plan.rateLimitCreditsPerSecond.toLocaleString('en-US')} credits / second`);
      expect(card).toContain(`Up to ${plan.maxIterationsSync.toLocaleString('en-US')} iterations`);
      if (plan.overageCentsPer1000Credits !== null) expect(card).toContain(`${dollars(plan.overageCentsPer1000Credits)} per 1,000 credits`);
      expect(page.body).toContain(`href="/signup?plan=${plan.code}"`);
    }
    for (const pack of CREDIT_PACKS) expect(words).toContain(`${pack.credits.toLocaleString('en-US')} credits ${dollars(pack.priceCents)}`);
    expect(words).toContain('one credit per 100,000 work units');
    expect(words).toContain('at most 10,000,000 work units per run');
  });

  it('answers the credit calculator without JavaScript, with the rule of @costBySize', async () => {
    const words = text((await get('/pricing?iterations=1000000&inputs=10')).body);
    expect(words).toContain('1,000,000 iterations × 10 work units = 10,000,000 work units = 100 credits per run');
    // 20 outputs of long formulas: 1 input + 19 outputs + 89,980 operations / 64 = 1,425 work units per iteration.
    expect(text((await get('/pricing?iterations=100000&inputs=1&outputs=20&operations=89980')).body)).toContain(
      '100,000 iterations × 1,425 work units = 142,500,000 work units = 1,425 credits per run',
    );
    expect(text((await get('/pricing?iterations=10&inputs=1')).body)).toContain('= 1 credit per run');
    expect(text((await get('/pricing?iterations=abc&inputs=-4')).body)).toContain('100,000 iterations × 1 work units');
  });

  // A plan row of its own changes what every test file sees, so only on a private embedded database.
  it.skipIf(Boolean(inject('databaseUrl')))('shows a plan edit on the next request and hides a plan taken off sale', async () => {
    const em = app.services.orm.em.fork();
    const code = `t${randomUUID().slice(0, 8)}`;
    const plan = em.create(Plan, {
      code,
      name: `Test ${code}`,
      priceCents: 4_200,
      includedCredits: 7_000,
      rateLimitCreditsPerSecond: 3,
      burstCredits: 9,
      maxIterationsSync: 1_000,
      maxConcurrentJobs: 1,
      maxWorkUnitsPerRun: 10_000_000,
      sortOrder: 99,
    });
    await em.flush();
    expect(text((await get('/pricing')).body)).toContain(`Test ${code} $42 / month`);
    plan.priceCents = 5_550;
    await em.flush();
    expect(text((await get('/pricing')).body)).toContain(`Test ${code} $55.50 / month`);
    plan.active = false;
    await em.flush();
    expect((await get('/pricing')).body).not.toContain(code);
  });
});

describe('sign-up as an HTML form', () => {
  it('preselects the plan a Start button chose', async () => {
    const form = await get('/signup?plan=starter');
    expect(form.status).toBe(200);
    expect(form.body).toContain('<option value="starter" selected>');
  });

  it('creates a free account with its owner signed in, mails a verification link, and shows the working key once', async () => {
    const email = uniqueEmail('form');
    const response = await postForm({ company: 'Form Co', email, password: 'form-password-1', plan: 'free' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^carlo_member_session=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('SameSite=Strict');
    const portal = await app.client.request(PortalMe, {}, { cookie: cookie.split(';')[0] });
    expect(portal.data?.portalMe).toEqual({ company: 'Form Co', member: { email, role: 'OWNER', emailVerified: false } });
    const mail = await until(
      async () => app.services.mail.sink?.messages().find((sent) => sent.to.includes(email)),
      (found) => found !== undefined,
      'the verification mail',
    );
    expect(mail?.text).toContain(`${app.url}/portal/verify?token=`);
    const key = /id="api-key">(mc_live_[A-Za-z0-9_]+)</.exec(await response.text())?.[1];
    expect(key).toBeDefined();
    const me = await app.client.request(Me, {}, { key: key ?? '' });
    expect(me.data?.me).toEqual({ company: 'Form Co', plan: { code: 'free' }, access: { level: 'FULL' } });
  });

  it("refuses bad input and a taken email with the server's words, keeping what was typed", async () => {
    const bad = await postForm({ company: 'Typo Co', email: 'not-an-email', password: 'form-password-1', plan: 'free' });
    expect(bad.status).toBe(400);
    const badBody = await bad.text();
    expect(badBody).toContain('Enter a valid email address');
    expect(badBody).toContain('value="Typo Co"');
    const email = uniqueEmail('taken');
    expect((await postForm({ company: 'First', email, password: 'form-password-1', plan: 'free' })).status).toBe(201);
    const taken = await postForm({ company: 'Second', email, password: 'form-password-1', plan: 'free' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain(`${email} already has a Carlo sign-in`);
    const short = await postForm({ company: 'Short', email: uniqueEmail('short'), password: 'short', plan: 'free' });
    expect([short.status, (await short.text()).includes('Choose a password of 10 to 200 characters')]).toEqual([400, true]);
    const unknown = await postForm({ company: 'Third', email: uniqueEmail('plan'), password: 'form-password-1', plan: 'nosuchplan' });
    expect([unknown.status, (await unknown.text()).includes('Unknown plan nosuchplan')]).toEqual([400, true]);
  });
});
