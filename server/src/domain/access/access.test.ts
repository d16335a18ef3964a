import { describe, expect, it } from 'vitest';
import { access, AccessLevel, allows, FieldUse, type AccessSubject, type PlanLimits } from './access.js';

const now = new Date('2026-11-21T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const pro: PlanLimits = {
  includedCredits: 100_000,
  overageCentsPer1000Credits: 50,
  rateLimitCreditsPerSecond: 200,
  burstCredits: 400,
  maxIterationsSync: 1_000_000,
  maxConcurrentJobs: 5,
  maxWorkUnitsPerRun: 500_000_000,
};
const free: PlanLimits = {
  includedCredits: 1_000,
  overageCentsPer1000Credits: null,
  rateLimitCreditsPerSecond: 5,
  burstCredits: 10,
  maxIterationsSync: 100_000,
  maxConcurrentJobs: 1,
  maxWorkUnitsPerRun: 10_000_000,
};

const keys: Record<string, { subject: AccessSubject['key']; refusedAs: string | null }> = {
  active: { subject: { status: 'active', expiresAt: null, graceUntil: null }, refusedAs: null },
  'active, expires tomorrow': { subject: { status: 'active', expiresAt: days(1), graceUntil: null }, refusedAs: null },
  'rotated, within grace': { subject: { status: 'active', expiresAt: null, graceUntil: days(1) }, refusedAs: null },
  revoked: { subject: { status: 'revoked', expiresAt: null, graceUntil: null }, refusedAs: 'key_revoked' },
  'marked expired': { subject: { status: 'expired', expiresAt: days(-1), graceUntil: null }, refusedAs: 'key_expired' },
  'past its expiry': { subject: { status: 'active', expiresAt: days(-1), graceUntil: null }, refusedAs: 'key_expired' },
  'rotated, past grace': { subject: { status: 'active', expiresAt: null, graceUntil: days(-1) }, refusedAs: 'key_rotated' },
};

const customers = { active: null, suspended: 'customer_suspended', deleted: 'customer_deleted' } as const;

type Expectation = { level: AccessLevel; reason: string; limits: PlanLimits; overage: boolean };
const subscriptions: Record<string, { subject: AccessSubject['subscription']; expect: Expectation }> = {
  none: { subject: null, expect: { level: AccessLevel.BILLING_ONLY, reason: 'no_subscription', limits: pro, overage: true } },
  trialing: {
    subject: { status: 'trialing', pastDueSince: null },
    expect: { level: AccessLevel.FULL, reason: 'trialing', limits: pro, overage: true },
  },
  active: {
    subject: { status: 'active', pastDueSince: null },
    expect: { level: AccessLevel.FULL, reason: 'active', limits: pro, overage: true },
  },
  'past_due for 2 days': {
    subject: { status: 'past_due', pastDueSince: days(-2) },
    expect: { level: AccessLevel.FULL, reason: 'past_due_grace', limits: pro, overage: false },
  },
  'past_due for 8 days': {
    subject: { status: 'past_due', pastDueSince: days(-8) },
    expect: { level: AccessLevel.LIMITED, reason: 'past_due', limits: free, overage: false },
  },
  'past_due for 8 days with grace extended by staff to tomorrow': {
    subject: { status: 'past_due', pastDueSince: days(-8), graceExtendedUntil: days(1) },
    expect: { level: AccessLevel.FULL, reason: 'past_due_grace', limits: pro, overage: false },
  },
  'past_due for 8 days with an extension that ended yesterday': {
    subject: { status: 'past_due', pastDueSince: days(-8), graceExtendedUntil: days(-1) },
    expect: { level: AccessLevel.LIMITED, reason: 'past_due', limits: free, overage: false },
  },
  unpaid: {
    subject: { status: 'unpaid', pastDueSince: days(-20) },
    expect: { level: AccessLevel.LIMITED, reason: 'unpaid', limits: free, overage: false },
  },
  incomplete: {
    subject: { status: 'incomplete', pastDueSince: null },
    expect: { level: AccessLevel.BILLING_ONLY, reason: 'pending_payment', limits: pro, overage: false },
  },
  incomplete_expired: {
    subject: { status: 'incomplete_expired', pastDueSince: null },
    expect: { level: AccessLevel.BILLING_ONLY, reason: 'pending_payment', limits: pro, overage: false },
  },
  canceled: {
    subject: { status: 'canceled', pastDueSince: null },
    expect: { level: AccessLevel.READ_ONLY, reason: 'canceled', limits: pro, overage: false },
  },
  paused: {
    subject: { status: 'paused', pastDueSince: null },
    expect: { level: AccessLevel.READ_ONLY, reason: 'paused', limits: pro, overage: false },
  },
};

describe('access(key, customer, subscription, plan, now)', () => {
  for (const [keyName, key] of Object.entries(keys)) {
    for (const [customerName, customerRefusal] of Object.entries(customers)) {
      for (const [subscriptionName, subscription] of Object.entries(subscriptions)) {
        it(`key ${keyName} × customer ${customerName} × subscription ${subscriptionName}`, () => {
          const result = access({
            key: key.subject,
            customer: { status: customerName as keyof typeof customers },
            subscription: subscription.subject,
            plan: pro,
            freePlan: free,
            now,
          });
          if (key.refusedAs) {
            expect(result.level).toBe(AccessLevel.NONE);
            expect(result.reason).toBe(key.refusedAs);
          } else if (customerRefusal) {
            expect(result.level).toBe(customerName === 'deleted' ? AccessLevel.NONE : AccessLevel.BILLING_ONLY);
            expect(result.reason).toBe(customerRefusal);
          } else {
            expect({ level: result.level, reason: result.reason, limits: result.limits, overage: result.overageAllowed }).toEqual(
              subscription.expect,
            );
          }
        });
      }
    }
  }

  it('never allows overage on a hard-stop plan', () => {
    const result = access({
      key: keys.active.subject,
      customer: { status: 'active' },
      subscription: { status: 'active', pastDueSince: null },
      plan: free,
      freePlan: free,
      now,
    });
    expect(result.overageAllowed).toBe(false);
  });
});

describe('allows(level, use)', () => {
  const table: [AccessLevel, FieldUse, boolean][] = [
    [AccessLevel.FULL, FieldUse.BILLABLE, true],
    [AccessLevel.FULL, FieldUse.READ, true],
    [AccessLevel.FULL, FieldUse.BILLING, true],
    [AccessLevel.LIMITED, FieldUse.BILLABLE, true],
    [AccessLevel.LIMITED, FieldUse.READ, true],
    [AccessLevel.LIMITED, FieldUse.BILLING, true],
    [AccessLevel.READ_ONLY, FieldUse.BILLABLE, false],
    [AccessLevel.READ_ONLY, FieldUse.READ, true],
    [AccessLevel.READ_ONLY, FieldUse.BILLING, true],
    [AccessLevel.BILLING_ONLY, FieldUse.BILLABLE, false],
    [AccessLevel.BILLING_ONLY, FieldUse.READ, false],
    [AccessLevel.BILLING_ONLY, FieldUse.BILLING, true],
    [AccessLevel.NONE, FieldUse.BILLABLE, false],
    [AccessLevel.NONE, FieldUse.READ, false],
    [AccessLevel.NONE, FieldUse.BILLING, false],
  ];
  it.each(table)('%s may %s: %s', (level, use, expected) => {
    expect(allows(level, use)).toBe(expected);
  });
});
