import type { ChargedWrite } from '../cost/usage-collector.js';
import { type BalanceRow, type BalanceView, viewOf } from '../credits/credit-ledger.service.js';

/** What one executed request settles: its usage event, its reservation and its idempotent response. */
export type Settlement = {
  requestId: string;
  customerId: string;
  apiKeyId: string;
  balanceId: string;
  periodStart: Date;
  operationName: string;
  requestedCredits: number;
  /** Credits reserved before execution (0 for free operations). */
  reservedCredits: number;
  /** The calculator's settled cost; never charged above what was reserved. */
  actualCredits: number;
  /**
   * Part of the reservation kept for simulation jobs the request started (startSimulation): it is
   * neither charged nor released now, but settled by the job runner when the job ends.
   */
  heldCredits?: number;
  /** What the request stored with its charge (a synchronous run): committed in the settling transaction. */
  chargedWrites?: readonly ChargedWrite[];
  status: 'ok' | 'partial' | 'failed';
  latencyMs: number;
  occurredAt: Date;
  idempotency: { key: string; httpStatus: number; response: Record<string, unknown> } | null;
};

export type SettlementResult = { chargedCredits: number; overageCredits: number; heldCredits: number; balance: BalanceView };

/** How far a batch got: its results once computed, and whether its last statement was sent. */
export type Attempt = { results: SettlementResult[] | null; lastStatementSent: boolean };

/**
 * A batch settled in memory against its locked balance rows: what to answer, what each request
 * released of its reservation (its settle and overage credits are in its result), and the rows
 * that changed. The ledger entries follow from these, one per kind and request with credits.
 */
export type SettledBatch = { results: SettlementResult[]; releasedCredits: number[]; changed: BalanceRow[] };

/**
 * Settles every request of a batch in order against the balance rows as locked: what the
 * response holds is charged up to what was reserved (less what is held for jobs), covered by
 * the balance first and the rest as overage; the unused reservation is released.
 */
export function settleInOrder(batch: readonly Settlement[], locked: readonly BalanceRow[]): SettledBatch {
  const balances = new Map(locked.map((row) => [row.id, { ...row }]));
  const before = new Map(locked.map((row) => [row.id, row]));
  const releasedCredits: number[] = [];
  const results: SettlementResult[] = [];
  for (const s of batch) {
    const row = balances.get(s.balanceId);
    if (!row) throw new Error(`balance ${s.balanceId} is missing`);
    const held = Math.max(0, Math.min(s.heldCredits ?? 0, s.reservedCredits));
    const charged = Math.max(0, Math.min(s.actualCredits - held, s.reservedCredits - held));
    const covered = Math.min(row.balance_credits, charged);
    const overage = charged - covered;
    row.reserved_credits -= s.reservedCredits - held;
    row.balance_credits -= covered;
    row.settled_credits += covered;
    row.overage_credits += overage;
    releasedCredits.push(s.reservedCredits - held - charged);
    results.push({ chargedCredits: charged, overageCredits: overage, heldCredits: held, balance: viewOf(row) });
  }
  const changed = [...balances.values()].filter((row) => {
    const old = before.get(row.id);
    return (
      old &&
      (old.reserved_credits !== row.reserved_credits ||
        old.balance_credits !== row.balance_credits ||
        old.overage_credits !== row.overage_credits)
    );
  });
  return { results, releasedCredits, changed };
}

/** The results of a batch that charged nothing: each request's balance as read. */
export function freeResults(batch: readonly Settlement[], rows: readonly BalanceRow[]): SettlementResult[] {
  const balances = new Map(rows.map((row) => [row.id, row]));
  return batch.map((s) => {
    const row = balances.get(s.balanceId);
    if (!row) throw new Error(`balance ${s.balanceId} is missing`);
    return { chargedCredits: 0, overageCredits: 0, heldCredits: 0, balance: viewOf(row) };
  });
}
