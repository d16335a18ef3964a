import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { recordAudit, type AuditActor } from '../../platform/staff/index.js';
import type { Period } from './credit-period.js';
import { sql } from 'kysely';
import { now, runInTransactionOf, runTyped, sqlBuilder, unnestRows } from '../../platform/db/index.js';
import { openPeriod } from './period-opening.js';
import { carriedOver, creditPeriodAt, lastPeriodBefore, latestSubscriptionPeriod, periodOfRow, periodRow } from './period-resolution.js';

/** The balance row of a customer's current period, as the request pipeline needs it. */
export type PeriodHandle = { balanceId: string; customerId: string; period: Period };

export type BalanceRow = {
  id: string;
  included_credits: number;
  prepaid_credits: number;
  reserved_credits: number;
  settled_credits: number;
  overage_credits: number;
  balance_credits: number;
};

/** A period's balance columns, of a row or of the row that opening the period would write. */
export type PeriodBalance = Omit<BalanceRow, 'id'>;

export type BalanceView = {
  includedRemaining: number;
  prepaidRemaining: number;
  overageThisPeriod: number;
  balance: number;
  reserved: number;
};

/** Included credits are spent first, so the prepaid part of the balance is what remains after them. */
export function viewOf(row: PeriodBalance): BalanceView {
  const includedRemaining = Math.max(0, Math.min(row.balance_credits, row.included_credits - row.settled_credits));
  return {
    includedRemaining,
    prepaidRemaining: row.balance_credits - includedRemaining,
    overageThisPeriod: row.overage_credits,
    balance: row.balance_credits,
    reserved: row.reserved_credits,
  };
}

export type Reservation = { ok: true; handle: PeriodHandle; credits: number } | { ok: false; available: number };

type CachedPeriod = { handle: PeriodHandle; expiresAtMs: number };

export const BALANCE_COLUMNS = [
  'id',
  'included_credits',
  'prepaid_credits',
  'reserved_credits',
  'settled_credits',
  'overage_credits',
  'balance_credits',
] as const;

/**
 * The credit ledger: period balances opened with their included grant (and the prepaid remainder
 * of the last period), atomic reservations, and admin grants. Settlement lives in the usage
 * writer, which commits it with the usage events. Every balance change is one ledger entry or
 * more in the same statement or transaction.
 */
export class CreditLedgerService {
  private readonly periods = new Map<string, CachedPeriod>();

  constructor(
    private readonly orm: MikroORM,
    private readonly cacheTtlMs = 10_000,
  ) {}

  /** The customer's balance row for the period containing now, opened on first use. */
  async currentPeriod(customerId: string, includedCredits: number, now = new Date()): Promise<PeriodHandle> {
    const cached = this.periods.get(customerId);
    if (cached && cached.expiresAtMs > now.getTime() && now < cached.handle.period.end) return cached.handle;
    const [latest] = await runTyped(this.orm, undefined, latestSubscriptionPeriod(sqlBuilder(this.orm.em), customerId));
    const period = creditPeriodAt(latest, now);
    const handle = await openPeriod(this.orm, customerId, period, includedCredits);
    if (this.periods.size > 100_000) this.periods.clear();
    this.periods.set(customerId, { handle, expiresAtMs: now.getTime() + this.cacheTtlMs });
    return handle;
  }

  /**
   * The customer's period at `at` as it stands, without opening it: its balance row, or the row
   * that opening it would write (the included grant and the last period's prepaid remainder).
   * Reads never open a period, so a key that may only reach billing leaves none behind.
   */
  async peekPeriod(customerId: string, includedCredits: number, at = new Date()): Promise<{ period: Period; balance: PeriodBalance }> {
    const db = sqlBuilder(this.orm.em);
    const [latest] = await runTyped(this.orm, undefined, latestSubscriptionPeriod(db, customerId));
    const period = creditPeriodAt(latest, at);
    const [opened] = await runTyped(this.orm, undefined, periodRow(db, customerId, period));
    const row = opened ? await this.balanceRow(opened.id) : null;
    if (opened && row) return { period: periodOfRow(opened), balance: row };
    const [last] = await runTyped(this.orm, undefined, lastPeriodBefore(db, customerId, period));
    const carried = carriedOver(last);
    const included = Math.max(0, Math.floor(includedCredits));
    const balance = { included_credits: included, prepaid_credits: carried, balance_credits: included + carried };
    return { period, balance: { ...balance, reserved_credits: 0, settled_credits: 0, overage_credits: 0 } };
  }

  /** Drops the cached period of a customer (a plan or override changed). */
  forget(customerId: string): void {
    this.periods.delete(customerId);
  }

  /**
   * Reserves an estimate in one conditional statement: the row lock that UPDATE takes makes
   * concurrent reservations of one customer queue, and the condition is evaluated on the row as
   * the previous reservation left it, so N credits admit exactly N cost-1 calls. Without overage
   * the balance not yet reserved must cover the estimate; with overage the reservation always
   * passes and the excess settles as overage.
   */
  async reserve(handle: PeriodHandle, credits: number, requestId: string, overageAllowed: boolean): Promise<Reservation> {
    const db = sqlBuilder(this.orm.em);
    const statement = db
      .with('r', (qc) =>
        qc
          .updateTable('credit_balance')
          .set((eb) => ({ reserved_credits: eb('reserved_credits', '+', credits), updated_at: now() }))
          .where('id', '=', handle.balanceId)
          .where((eb) =>
            eb.or([sql<boolean>`${overageAllowed}::boolean`, eb(eb('balance_credits', '-', eb.ref('reserved_credits')), '>=', credits)]),
          )
          .returning(['id', 'customer_id', 'period_start']),
      )
      .with('l', (qc) =>
        qc
          .insertInto('credit_ledger')
          .columns(['customer_id', 'period_start', 'kind', 'credits', 'request_id', 'created_at'])
          .expression(
            qc
              .selectFrom('r')
              .select([
                'r.customer_id',
                'r.period_start',
                sql<string>`'reserve'`.as('kind'),
                sql<number>`${credits}::int`.as('credits'),
                sql<string>`${requestId}::text`.as('request_id'),
                now().as('created_at'),
              ]),
          ),
      )
      .selectFrom('r')
      .select('r.id');
    const rows = await runTyped(this.orm, undefined, statement);
    if (rows.length === 1) return { ok: true, handle, credits };
    const balance = await this.balanceRow(handle.balanceId);
    return { ok: false, available: balance ? Math.max(0, balance.balance_credits - balance.reserved_credits) : 0 };
  }

  async balanceRow(balanceId: string, em?: EntityManager): Promise<BalanceRow | null> {
    const query = sqlBuilder(this.orm.em).selectFrom('credit_balance').select(BALANCE_COLUMNS).where('id', '=', balanceId);
    const [row] = em ? await runInTransactionOf(em, query) : await runTyped(this.orm, undefined, query);
    return row ?? null;
  }

  /** Prepaid credits granted by an admin, with its audit row, in one transaction. */
  async grant(customerId: string, includedCredits: number, credits: number, reason: string, actor: AuditActor): Promise<BalanceView> {
    const handle = await this.currentPeriod(customerId, includedCredits);
    return this.orm.em.fork().transactional(async (em) => {
      const [row] = await runInTransactionOf(
        em,
        sqlBuilder(em)
          .updateTable('credit_balance')
          .set((eb) => ({
            prepaid_credits: eb('prepaid_credits', '+', credits),
            balance_credits: eb('balance_credits', '+', credits),
            updated_at: now(),
          }))
          .where('id', '=', handle.balanceId)
          .returning(BALANCE_COLUMNS),
      );
      if (!row) throw new Error(`balance ${handle.balanceId} is missing`);
      await insertLedger(em, [[customerId, handle.period.start, 'grant_prepaid', credits, reason]]);
      recordAudit(em, actor, {
        action: 'credits.grant',
        targetType: 'customer',
        targetId: customerId,
        after: { credits, reason, periodStart: handle.period.start.toISOString() },
      });
      return viewOf(row);
    });
  }

  /**
   * When an override changes the included credits mid-period, the open period follows it: the
   * difference is granted, or taken back as far as included credits remain unused (prepaid
   * credits in the balance are the customer's and stay). `raiseShare` (0..1) grants only that
   * share of a raise: an upgrade mid-period brings the new plan's extra credits for the time left.
   */
  async adjustIncluded(em: EntityManager, customerId: string, includedCredits: number, raiseShare = 1): Promise<void> {
    const db = sqlBuilder(em);
    const [latest] = await runInTransactionOf(em, latestSubscriptionPeriod(db, customerId));
    const [opened] = await runInTransactionOf(em, periodRow(db, customerId, creditPeriodAt(latest, new Date())));
    if (!opened) return;
    const [row] = await runInTransactionOf(
      em,
      db
        .selectFrom('credit_balance')
        .select([...BALANCE_COLUMNS, 'period_start'])
        .where('id', '=', opened.id)
        .forUpdate(),
    );
    if (!row) return;
    const difference = includedCredits - row.included_credits;
    const wanted = difference > 0 ? Math.round(difference * Math.min(Math.max(raiseShare, 0), 1)) : difference;
    if (wanted === 0) return;
    const delta = wanted > 0 ? wanted : -Math.min(-wanted, viewOf(row).includedRemaining);
    await runInTransactionOf(
      em,
      db
        .updateTable('credit_balance')
        .set((eb) => ({
          included_credits: eb('included_credits', '+', wanted),
          balance_credits: eb('balance_credits', '+', delta),
          updated_at: now(),
        }))
        .where('id', '=', row.id),
    );
    if (delta !== 0) {
      const entry: LedgerEntry =
        delta > 0
          ? [customerId, new Date(row.period_start), 'grant_included', delta, 'included credits override raised']
          : [customerId, new Date(row.period_start), 'expire', -delta, 'included credits override lowered'];
      await insertLedger(em, [entry]);
    }
    this.forget(customerId);
  }
}

/** A ledger entry written outside the usage writer: [customer, period start, kind, credits, reason]. */
export type LedgerEntry = [string, Date, 'grant_included' | 'grant_prepaid' | 'carry_over' | 'expire' | 'revoke', number, string | null];

/** Appends ledger entries in one statement, in the transaction of `em` when it is in one. */
export async function insertLedger(em: EntityManager, entries: LedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const db = sqlBuilder(em);
  await runInTransactionOf(
    em,
    db
      .insertInto('credit_ledger')
      .columns(['customer_id', 'period_start', 'kind', 'credits', 'reason', 'created_at'])
      .expression(
        db
          .selectFrom(
            unnestRows('u', {
              customer_id: { type: 'uuid', values: entries.map((e) => e[0]) },
              period_start: { type: 'timestamptz', values: entries.map((e) => e[1].toISOString()) },
              kind: { type: 'text', values: entries.map((e) => e[2]) },
              credits: { type: 'int', values: entries.map((e) => e[3]) },
              reason: { type: 'text', values: entries.map((e) => e[4]) },
            }),
          )
          .select(['u.customer_id', 'u.period_start', 'u.kind', 'u.credits', 'u.reason', now().as('created_at')]),
      ),
  );
}
