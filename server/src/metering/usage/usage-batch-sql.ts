import type { MikroORM } from '@mikro-orm/postgresql';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { anyOf, now, runTyped, sqlBuilder, unnestRows, type Database } from '../../platform/db/index.js';
import type { BalanceRow } from '../credits/credit-ledger.service.js';
import {
  type CreditsCrossing,
  type CreditsCrossingListener,
  crossingsBetween,
  type LockedBalanceRow,
} from '../credits/credit-crossings.js';
import { type Attempt, freeResults, type Settlement, type SettlementResult, settleInOrder } from './settlement.js';

const BALANCE_COLUMNS = [
  'id',
  'included_credits',
  'prepaid_credits',
  'reserved_credits',
  'settled_credits',
  'overage_credits',
  'balance_credits',
] as const;

/**
 * The ledger entries of one settled request `s`, as rows (kind, credits): what its balance
 * covered, its overage and the release of what it reserved but did not use. Entries of 0 are
 * filtered out where this is joined.
 */
const LEDGER_ENTRIES = sql<{ kind: string; credits: number }>`(values
  ('settle', s.charged_credits - s.overage_credits), ('overage', s.overage_credits), ('release', s.released_credits))`.as<'e'>(
  sql.raw('e(kind, credits)'),
);

/** The per-request columns of usage_event, one array each. */
function usageRows(batch: readonly Settlement[]) {
  return {
    request_id: { type: 'text', values: batch.map((s) => s.requestId) },
    customer_id: { type: 'uuid', values: batch.map((s) => s.customerId) },
    api_key_id: { type: 'uuid', values: batch.map((s) => s.apiKeyId) },
    period_start: { type: 'timestamptz', values: batch.map((s) => s.periodStart.toISOString()) },
    operation_name: { type: 'text', values: batch.map((s) => s.operationName.slice(0, 200)) },
    requested_credits: { type: 'int', values: batch.map((s) => s.requestedCredits) },
    actual_credits: { type: 'int', values: batch.map((s) => s.actualCredits) },
    status: { type: 'text', values: batch.map((s) => s.status) },
    latency_ms: { type: 'int', values: batch.map((s) => Math.min(2_147_483_647, Math.round(s.latencyMs))) },
    occurred_at: { type: 'timestamptz', values: batch.map((s) => s.occurredAt.toISOString()) },
  } as const;
}

const USAGE_COLUMNS = [
  'request_id',
  'customer_id',
  'api_key_id',
  'period_start',
  'operation_name',
  'requested_credits',
  'actual_credits',
  'status',
  'latency_ms',
  'occurred_at',
] as const;

/**
 * Stores the idempotent responses of a batch: the claim of each (customer, key, request) gets its
 * response and status, and its lock ends.
 */
function storeResponses(db: Kysely<Database>, stored: readonly Settlement[]) {
  return db
    .updateTable('idempotency_record as i')
    .from(
      unnestRows('u', {
        customer_id: { type: 'uuid', values: stored.map((s) => s.customerId) },
        key: { type: 'text', values: stored.map((s) => s.idempotency?.key ?? '') },
        request_id: { type: 'text', values: stored.map((s) => s.requestId) },
        status: { type: 'int', values: stored.map((s) => s.idempotency?.httpStatus ?? 200) },
        response: { type: 'jsonb', values: stored.map((s) => JSON.stringify(s.idempotency?.response ?? {})) },
      }),
    )
    .set((eb) => ({ response: eb.ref('u.response'), http_status: eb.ref('u.status'), locked_until: now() }))
    .whereRef('i.customer_id', '=', 'u.customer_id')
    .whereRef('i.key', '=', 'u.key')
    .whereRef('i.request_id', '=', 'u.request_id');
}

type Transaction = Parameters<Parameters<ReturnType<MikroORM['em']['getConnection']>['transactional']>[0]>[0];

/**
 * A batch that charges something, in one transaction: the balance rows involved locked in id
 * order (concurrent batches of several processes cannot deadlock), every request settled in
 * order in memory, then every write in one statement (data-modifying CTEs all run, referenced or
 * not): one round trip instead of one per table, inside the transaction that holds the row locks.
 */
export async function writeBillableBatch(
  orm: MikroORM,
  batch: readonly Settlement[],
  attempt: Attempt,
  onCrossings?: CreditsCrossingListener,
): Promise<SettlementResult[]> {
  const db = sqlBuilder(orm.em);
  return orm.em.getConnection().transactional(async (trx: Transaction) => {
    const ids = [...new Set(batch.map((s) => s.balanceId))].sort();
    // The customer's own warning line rides along in the locking read: a crossing costs no extra round trip.
    const locked: LockedBalanceRow[] = await runTyped(
      orm,
      trx,
      db
        .selectFrom('credit_balance')
        .select(BALANCE_COLUMNS)
        .select((eb) =>
          eb
            .selectFrom('customer')
            .select('customer.low_balance_threshold_credits')
            .whereRef('customer.id', '=', 'credit_balance.customer_id')
            .as('low_balance_threshold_credits'),
        )
        .where('id', '=', anyOf('uuid', ids))
        .orderBy('id')
        .forUpdate(),
    );
    const { results, releasedCredits, changed } = settleInOrder(batch, locked);
    const stored = batch.filter((s) => s.idempotency);
    const writes = db
      .with('settled', (qc) =>
        qc
          .selectFrom(
            unnestRows('u', {
              ...usageRows(batch),
              charged_credits: { type: 'int', values: results.map((r) => r.chargedCredits) },
              overage_credits: { type: 'int', values: results.map((r) => r.overageCredits) },
              // A held event waits for its jobs before it goes to Stripe, so its overage is reported once, in full.
              stripe_report_state: {
                type: 'text',
                values: results.map((r) => (r.overageCredits > 0 && r.heldCredits === 0 ? 'pending' : 'not_billable')),
              },
              held_credits: { type: 'int', values: results.map((r) => r.heldCredits) },
              released_credits: { type: 'int', values: releasedCredits },
            }),
          )
          .selectAll('u'),
      )
      .with('balances', (qc) =>
        qc
          .updateTable('credit_balance as b')
          .from(
            unnestRows('u', {
              id: { type: 'uuid', values: changed.map((r) => r.id) },
              reserved: { type: 'int', values: changed.map((r) => r.reserved_credits) },
              balance: { type: 'int', values: changed.map((r) => r.balance_credits) },
              settled: { type: 'int', values: changed.map((r) => r.settled_credits) },
              overage: { type: 'int', values: changed.map((r) => r.overage_credits) },
            }),
          )
          .set((eb) => ({
            reserved_credits: eb.ref('u.reserved'),
            balance_credits: eb.ref('u.balance'),
            settled_credits: eb.ref('u.settled'),
            overage_credits: eb.ref('u.overage'),
            updated_at: now(),
          }))
          .whereRef('b.id', '=', 'u.id'),
      )
      .with('ledger', (qc) =>
        qc
          .insertInto('credit_ledger')
          .columns(['customer_id', 'period_start', 'kind', 'credits', 'request_id', 'created_at'])
          .expression(
            qc
              .selectFrom('settled as s')
              .crossJoinLateral(LEDGER_ENTRIES)
              .select(['s.customer_id', 's.period_start', 'e.kind', 'e.credits', 's.request_id', now().as('created_at')])
              .where('e.credits', '>', 0),
          ),
      )
      .with('usage', (qc) =>
        qc
          .insertInto('usage_event')
          .columns([...USAGE_COLUMNS, 'charged_credits', 'overage_credits', 'stripe_report_state', 'held_credits'])
          .expression(
            qc
              .selectFrom('settled')
              .select([...USAGE_COLUMNS, 'charged_credits', 'overage_credits', 'stripe_report_state', 'held_credits']),
          ),
      );
    // What the requests store with their charge (synchronous runs) rides in the same statement.
    const withCharged = writes.with('charged', () => chargedWrites(db, batch));
    // Queries never store a response: even empty, the CTE doubled the statement's planning time.
    const done = sql<number>`1`.as('one');
    await runTyped(
      orm,
      trx,
      stored.length > 0 ? withCharged.with('stored', () => storeResponses(db, stored)).selectNoFrom(done) : withCharged.selectNoFrom(done),
    );
    const crossings = onCrossings ? crossingsOf(batch, locked, changed) : [];
    if (onCrossings && crossings.length > 0) {
      // Only a batch that crossed a line pays this round trip; it commits with the charge.
      const em = orm.em.fork();
      em.setTransactionContext(trx);
      await onCrossings(em, crossings);
    }
    // What follows is the COMMIT: from here a lost connection leaves the outcome in doubt.
    attempt.results = results;
    attempt.lastStatementSent = true;
    return results;
  });
}

/**
 * The batch's charged writes as the body of one CTE: `(first insert), "charged_1" as (second
 * insert), …`. Kysely emits a raw CTE body as it is, so each further write becomes a CTE of its
 * own, and PostgreSQL runs every data-modifying CTE of the statement. With none, a `select` that
 * nothing reads, which the planner drops.
 */
function chargedWrites(db: Kysely<Database>, batch: readonly Settlement[]): RawBuilder<Record<string, unknown>> {
  const [first, ...rest] = batch.flatMap((s) => s.chargedWrites ?? []).map((write) => write(db));
  if (!first) return sql`(select 1)`;
  return sql.join([sql`(${first})`, ...rest.map((write, i) => sql`${sql.id(`charged_${i + 1}`)} as (${write})`)], sql`, `);
}

/** The lines each changed balance row crossed, named by the customer and period of a request that moved it. */
function crossingsOf(batch: readonly Settlement[], locked: readonly LockedBalanceRow[], changed: readonly BalanceRow[]): CreditsCrossing[] {
  // Batches carry up to a thousand requests: look rows and owners up by id, not by scanning per row.
  const before = new Map(locked.map((row) => [row.id, row]));
  const owners = new Map(batch.map((s) => [s.balanceId, s]));
  return changed.flatMap((after) => {
    const row = before.get(after.id);
    const owner = owners.get(after.id);
    return row && owner ? crossingsBetween(owner.customerId, owner.periodStart, row, after) : [];
  });
}

/**
 * A batch that charges nothing (free operations: no reservation, no ledger entry, no balance
 * change) is one statement: the usage events, the idempotent responses and the balance read
 * for extensions.cost. One statement is atomic on its own, so it needs no transaction.
 */
export async function writeFreeBatch(orm: MikroORM, batch: readonly Settlement[], attempt: Attempt): Promise<SettlementResult[]> {
  const db = sqlBuilder(orm.em);
  const ids = [...new Set(batch.map((s) => s.balanceId))];
  const stored = batch.filter((s) => s.idempotency);
  const writes = db.with('usage', (qc) =>
    qc
      .insertInto('usage_event')
      .columns([...USAGE_COLUMNS, 'charged_credits', 'overage_credits', 'stripe_report_state'])
      .expression(
        qc
          .selectFrom(unnestRows('u', usageRows(batch)))
          .selectAll('u')
          .select([
            sql<number>`0`.as('charged_credits'),
            sql<number>`0`.as('overage_credits'),
            sql<string>`'not_billable'`.as('stripe_report_state'),
          ]),
      ),
  );
  const balances = anyOf('uuid', ids);
  const read =
    stored.length > 0
      ? writes
          .with('stored', () => storeResponses(db, stored))
          .selectFrom('credit_balance')
          .select(BALANCE_COLUMNS)
          .where('id', '=', balances)
      : writes.selectFrom('credit_balance').select(BALANCE_COLUMNS).where('id', '=', balances);
  attempt.lastStatementSent = true;
  const rows: BalanceRow[] = await runTyped(orm, undefined, read);
  return freeResults(batch, rows);
}

/** The results of a free batch that committed but whose answer was lost: the balances read again. */
export async function readFreeResults(orm: MikroORM, batch: readonly Settlement[]): Promise<SettlementResult[]> {
  const ids = [...new Set(batch.map((s) => s.balanceId))];
  const rows: BalanceRow[] = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em).selectFrom('credit_balance').select(BALANCE_COLUMNS).where('id', '=', anyOf('uuid', ids)),
  );
  return freeResults(batch, rows);
}
