import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Create = graphql(`
  mutation CreatePlanTest($input: CreatePlanInput!) {
    createPlan(input: $input) { id code name priceCents includedCredits overageCentsPer1000Credits }
  }
`);

const AuditLog = graphql(`
  query PlanCreateAuditTest($targetId: String) { auditLog(targetId: $targetId) { items { action actorEmail } } }
`);

const AllPlans = graphql(`
  query AllPlansAfterCreateTest { allPlans { code } }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

function planInput(code: string) {
  return {
    code,
    name: 'Team',
    priceCents: 4_900,
    includedCredits: 50_000,
    overageCentsPer1000Credits: 40,
    rateLimitCreditsPerSecond: 20,
    burstCredits: 200,
    maxIterationsSync: 100_000,
    maxConcurrentJobs: 3,
    maxWorkUnitsPerRun: 10_000_000,
  };
}

function uniqueCode(): string {
  return `team-${randomUUID().slice(0, 8)}`;
}

describe('createPlan', () => {
  it('adds an active plan that the console lists, with one audit row naming the staff member', async () => {
    const admin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const code = uniqueCode();
    const response = await app.client.request(Create, { input: planInput(code) }, { cookie: admin.cookie });
    expect(response.errors).toEqual([]);
    expect(response.data?.createPlan).toMatchObject({
      code,
      name: 'Team',
      priceCents: 4_900,
      includedCredits: 50_000,
      overageCentsPer1000Credits: 40,
    });
    const listed = await app.client.request(AllPlans, {}, { cookie: admin.cookie });
    expect(listed.data?.allPlans.map((plan) => plan.code)).toContain(code);
    const log = await app.client.request(AuditLog, { targetId: response.data?.createPlan.id }, { cookie: admin.cookie });
    expect(log.data?.auditLog.items).toEqual([{ action: 'plan.create', actorEmail: admin.email }]);
  });

  it('refuses a taken code and a malformed one with the field named', async () => {
    const admin = await signedInAdmin(app, AdminRole.SUPER_ADMIN);
    const code = uniqueCode();
    await app.client.request(Create, { input: planInput(code) }, { cookie: admin.cookie });
    const taken = await app.client.request(Create, { input: planInput(code) }, { cookie: admin.cookie });
    expect(taken.errors.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'code']]);
    const malformed = await app.client.request(Create, { input: planInput('Has Spaces') }, { cookie: admin.cookie });
    expect(malformed.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(malformed.errors)).toContain('code');
  });

  it('is refused to finance and support staff', async () => {
    for (const role of [AdminRole.FINANCE, AdminRole.SUPPORT]) {
      const { cookie } = await signedInAdmin(app, role);
      const response = await app.client.request(Create, { input: planInput(uniqueCode()) }, { cookie });
      expect(response.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
