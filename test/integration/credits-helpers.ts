import { expect } from 'vitest';
import { pgArray } from '../../server/src/platform/db/pg-array.js';
import type { CustomerOverrides } from '../../server/src/domain/customers/customer.entity.js';
import type { TestApp } from '../support/test-app.js';

/** Sets a customer's overrides straight in the database and drops the caches that hold them. */
export async function setOverrides(app: TestApp, customerId: string, overrides: CustomerOverrides): Promise<void> {
  const em = app.services.orm.em.fork();
  await em.getConnection().execute('update customer set overrides = ?::jsonb where id = ?', [JSON.stringify(overrides), customerId]);
  app.services.keyVerifier.invalidateCustomer(customerId);
  app.services.monetization.credits.forget(customerId);
  await app.services.monetization.rateLimiter.reset(customerId);
}

export async function sql<T>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return app.services.orm.em.fork().getConnection().execute<T[]>(text, params);
}

/** A limit generous enough that the rate limiter stays out of a credits test. */
export const NO_THROTTLE: CustomerOverrides = { rateLimitCreditsPerSecond: 1_000_000, burstCredits: 1_000_000 };

type LedgerCheck = {
  balance_id: string;
  balance: number;
  expected: number;
  overage: number;
  overage_entries: number;
  reserved: number;
  reserved_entries: number;
};

/**
 * Invariant 2 (docs/architecture.md §5) by SQL, per customer and period: grants - expired - revoked - settled usage
 * = balance >= 0, overage entries = overage, and reserve - settle - overage - release = reserved.
 */
export async function ledgerDisagreements(app: TestApp, customerIds: string[]): Promise<LedgerCheck[]> {
  return sql<LedgerCheck>(
    app,
    `select b.id as balance_id, b.balance_credits as balance,
            coalesce(sum(l.credits) filter (where l.kind in ('grant_included', 'grant_prepaid', 'carry_over')), 0)
              - coalesce(sum(l.credits) filter (where l.kind in ('expire', 'revoke', 'settle')), 0) as expected,
            b.overage_credits as overage, coalesce(sum(l.credits) filter (where l.kind = 'overage'), 0) as overage_entries,
            b.reserved_credits as reserved,
            coalesce(sum(l.credits) filter (where l.kind = 'reserve'), 0) - coalesce(sum(l.credits) filter (where l.kind in ('settle', 'overage', 'release')), 0) as reserved_entries
     from credit_balance b left join credit_ledger l on l.customer_id = b.customer_id and l.period_start = b.period_start
     where b.customer_id = any(?::uuid[])
     group by b.id
     having b.balance_credits < 0
        or b.balance_credits <> coalesce(sum(l.credits) filter (where l.kind in ('grant_included', 'grant_prepaid', 'carry_over')), 0) - coalesce(sum(l.credits) filter (where l.kind in ('expire', 'revoke', 'settle')), 0)
        or b.overage_credits <> coalesce(sum(l.credits) filter (where l.kind = 'overage'), 0)
        or b.reserved_credits <> coalesce(sum(l.credits) filter (where l.kind = 'reserve'), 0) - coalesce(sum(l.credits) filter (where l.kind in ('settle', 'overage', 'release')), 0)`,
    [pgArray(customerIds)],
  );
}

/**
 * Invariant 1 by SQL: every usage event's charge equals its settle + overage ledger entries, and
 * each request id has at most one usage event (the unique index makes more impossible).
 */
export async function usageLedgerDisagreements(app: TestApp, customerIds: string[]): Promise<unknown[]> {
  return sql(
    app,
    `select u.request_id, u.charged_credits, coalesce(sum(l.credits) filter (where l.kind in ('settle', 'overage')), 0) as ledger
     from usage_event u left join credit_ledger l on l.request_id = u.request_id
     where u.customer_id = any(?::uuid[])
     group by u.request_id, u.charged_credits
     having u.charged_credits <> coalesce(sum(l.credits) filter (where l.kind in ('settle', 'overage')), 0)`,
    [pgArray(customerIds)],
  );
}

/** A customer's call that failed left no trace: no usage event, nothing reserved or settled, and a ledger that agrees. */
export async function expectNothingCharged(app: TestApp, customerId: string): Promise<void> {
  expect(await sql(app, 'select 1 from usage_event where customer_id = ?', [customerId])).toHaveLength(0);
  const [balance] = await sql<{ reserved_credits: number; settled_credits: number }>(
    app,
    'select reserved_credits, settled_credits from credit_balance where customer_id = ?',
    [customerId],
  );
  expect(balance).toEqual({ reserved_credits: 0, settled_credits: 0 });
  expect(await ledgerDisagreements(app, [customerId])).toEqual([]);
}
