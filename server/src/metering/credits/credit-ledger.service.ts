import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { recordAudit, type AuditActor } from '../../platform/staff/index.js';
import { type Period, periodAt } from './credit-period.js';
import { boundQuery, pgArray } from '../../platform/db/index.js';

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

export type BalanceView = { includedRemaining: number; prepaidRemaining: number; overageThisPeriod: number; balance: number; reserved: number };

/** Included credits are spent first, so the prepaid part of the balance is what remains after them. */
export function viewOf(row: BalanceRow): BalanceView {
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

const BALANCE_COLUMNS = 'id, included_credits, prepaid_credits, reserved_credits, settled_credits, overage_credits, balance_credits';

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
    const connection = this.orm.em.getConnection();
    const subscriptions = await connection.execute<{ current_period_start: Date; current_period_end: Date }[]>(
      'select current_period_start, current_period_end from subscription where customer_id = ? order by created_at desc limit 1',
      [customerId],
    );
    const subscription = subscriptions[0] ? { start: new Date(subscriptions[0].current_period_start), end: new Date(subscriptions[0].current_period_end) } : null;
    const period = periodAt(subscription, now);
    const handle = await this.openPeriod(customerId, period, includedCredits);
    if (this.periods.size > 100_000) this.periods.clear();
    this.periods.set(customerId, { handle, expiresAtMs: now.getTime() + this.cacheTtlMs });
    return handle;
  }

  /** Drops the cached period of a customer (a plan or override changed). */
  forget(customerId: string): void {
    this.periods.delete(customerId);
  }

  private async openPeriod(customerId: string, period: Period, includedCredits: number): Promise<PeriodHandle> {
    const connection = this.orm.em.getConnection();
    const existing = await connection.execute<{ id: string }[]>('select id from credit_balance where customer_id = ? and period_start = ?', [customerId, period.start]);
    if (existing[0]) return { balanceId: existing[0].id, customerId, period };
    return connection.transactional(async (trx) => {
      // The customer row serialises concurrent openings; the previous period is closed in the same step.
      await connection.execute('select id from customer where id = ? for update', [customerId], 'all', trx);
      const again = await connection.execute<{ id: string }[]>('select id from credit_balance where customer_id = ? and period_start = ?', [customerId, period.start], 'all', trx);
      if (again[0]) return { balanceId: again[0].id, customerId, period };
      const previous = await connection.execute<(BalanceRow & { period_start: Date })[]>(
        `select ${BALANCE_COLUMNS}, period_start from credit_balance where customer_id = ? and period_start < ? order by period_start desc limit 1 for update`,
        [customerId, period.start],
        'all',
        trx,
      );
      const last = previous[0];
      const carried = last ? Math.min(last.prepaid_credits, last.balance_credits) : 0;
      const entries: [string, Date, string, number, string][] = [];
      if (last && last.balance_credits > 0) {
        await connection.execute('update credit_balance set balance_credits = 0, updated_at = now() where id = ?', [last.id], 'run', trx);
        entries.push([customerId, new Date(last.period_start), 'expire', last.balance_credits, 'period ended']);
      }
      const included = Math.max(0, Math.floor(includedCredits));
      const inserted = await connection.execute<{ id: string }[]>(
        `insert into credit_balance (id, created_at, updated_at, customer_id, period_start, period_end, included_credits, prepaid_credits, balance_credits)
         values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?) returning id`,
        [customerId, period.start, period.end, included, carried, included + carried],
        'all',
        trx,
      );
      if (included > 0) entries.push([customerId, period.start, 'grant_included', included, 'plan allowance']);
      if (carried > 0) entries.push([customerId, period.start, 'carry_over', carried, 'prepaid credits from the last period']);
      await insertLedger(connection, trx, entries);
      return { balanceId: inserted[0].id, customerId, period };
    });
  }

  /**
   * Reserves an estimate in one conditional statement: the row lock that UPDATE takes makes
   * concurrent reservations of one customer queue, and the condition is evaluated on the row as
   * the previous reservation left it, so N credits admit exactly N cost-1 calls. Without overage
   * the balance not yet reserved must cover the estimate; with overage the reservation always
   * passes and the excess settles as overage.
   */
  async reserve(handle: PeriodHandle, credits: number, requestId: string, overageAllowed: boolean): Promise<Reservation> {
    // Bound parameters: the text is the same for every call, so the client escapes nothing.
    const rows = await boundQuery<{ id: string }>(
      this.orm,
      undefined,
      `with r as (
         update credit_balance set reserved_credits = reserved_credits + $1, updated_at = now()
         where id = $2 and ($3::boolean or balance_credits - reserved_credits >= $1)
         returning id, customer_id, period_start
       ), l as (
         insert into credit_ledger (customer_id, period_start, kind, credits, request_id, created_at)
         select customer_id, period_start, 'reserve', $1, $4, now() from r
       )
       select id from r`,
      [credits, handle.balanceId, overageAllowed, requestId],
    );
    if (rows.length === 1) return { ok: true, handle, credits };
    const balance = await this.balanceRow(handle.balanceId);
    return { ok: false, available: balance ? Math.max(0, balance.balance_credits - balance.reserved_credits) : 0 };
  }

  async balanceRow(balanceId: string, em?: EntityManager): Promise<BalanceRow | null> {
    const connection = (em ?? this.orm.em).getConnection();
    const rows = await connection.execute<BalanceRow[]>(`select ${BALANCE_COLUMNS} from credit_balance where id = ?`, [balanceId], 'all', em?.getTransactionContext());
    return rows[0] ?? null;
  }

  /** Prepaid credits granted by an admin, with its audit row, in one transaction. */
  async grant(customerId: string, includedCredits: number, credits: number, reason: string, actor: AuditActor): Promise<BalanceView> {
    const handle = await this.currentPeriod(customerId, includedCredits);
    return this.orm.em.fork().transactional(async (em) => {
      const connection = em.getConnection();
      const trx = em.getTransactionContext();
      const rows = await connection.execute<BalanceRow[]>(
        `update credit_balance set prepaid_credits = prepaid_credits + ?, balance_credits = balance_credits + ?, updated_at = now() where id = ? returning ${BALANCE_COLUMNS}`,
        [credits, credits, handle.balanceId],
        'all',
        trx,
      );
      await insertLedger(connection, trx, [[customerId, handle.period.start, 'grant_prepaid', credits, reason]]);
      recordAudit(em, actor, { action: 'credits.grant', targetType: 'customer', targetId: customerId, after: { credits, reason, periodStart: handle.period.start.toISOString() } });
      return viewOf(rows[0]);
    });
  }

  /**
   * When an override changes the included credits mid-period, the open period follows it: the
   * difference is granted, or taken back as far as included credits remain unused (prepaid
   * credits in the balance are the customer's and stay). `raiseShare` (0..1) grants only that
   * share of a raise: an upgrade mid-period brings the new plan's extra credits for the time left.
   */
  async adjustIncluded(em: EntityManager, customerId: string, includedCredits: number, raiseShare = 1): Promise<void> {
    const connection = em.getConnection();
    const trx = em.getTransactionContext();
    const rows = await connection.execute<(BalanceRow & { period_start: Date })[]>(
      `select ${BALANCE_COLUMNS}, period_start from credit_balance where customer_id = ? and period_end > now() and period_start <= now() for update`,
      [customerId],
      'all',
      trx,
    );
    const row = rows[0];
    if (!row) return;
    const difference = includedCredits - row.included_credits;
    const wanted = difference > 0 ? Math.round(difference * Math.min(Math.max(raiseShare, 0), 1)) : difference;
    if (wanted === 0) return;
    const delta = wanted > 0 ? wanted : -Math.min(-wanted, viewOf(row).includedRemaining);
    await connection.execute(
      'update credit_balance set included_credits = included_credits + ?, balance_credits = balance_credits + ?, updated_at = now() where id = ?',
      [wanted, delta, row.id],
      'run',
      trx,
    );
    if (delta !== 0) {
      const entry: [string, Date, string, number, string] =
        delta > 0 ? [customerId, new Date(row.period_start), 'grant_included', delta, 'included credits override raised'] : [customerId, new Date(row.period_start), 'expire', -delta, 'included credits override lowered'];
      await insertLedger(connection, trx, [entry]);
    }
    this.forget(customerId);
  }
}

type Connection = ReturnType<EntityManager['getConnection']>;
type Trx = Parameters<Connection['execute']>[3];

/** Appends ledger entries in one statement: [customer, period start, kind, credits, reason]. */
export async function insertLedger(connection: Connection, trx: Trx, entries: [string, Date, string, number, string | null][]): Promise<void> {
  if (entries.length === 0) return;
  await connection.execute(
    `insert into credit_ledger (customer_id, period_start, kind, credits, reason, created_at)
     select c, p, k, n, r, now() from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::int[], ?::text[]) as u(c, p, k, n, r)`,
    [pgArray(entries.map((e) => e[0])), pgArray(entries.map((e) => e[1].toISOString())), pgArray(entries.map((e) => e[2])), pgArray(entries.map((e) => e[3])), pgArray(entries.map((e) => e[4]))],
    'run',
    trx,
  );
}
