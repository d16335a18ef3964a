/**
 * Invoice-level revenue (docs/revenue-metrics.md, "Billed revenue"): pure mapping of mirrored
 * invoice lines to report lines and groups. Money in integer cents.
 */
export type LineKind = 'subscription' | 'overage' | 'credit_pack' | 'other';

/**
 * The SQL condition (on an `invoice` aliased `i`) for an invoice that counts as billed revenue:
 * paid, or open while Stripe is still collecting it. An open invoice of a subscription whose
 * collection has ended (unpaid, canceled or expired before its first payment) will never be paid
 * without an action that reopens it, so it stops counting, as a written-off (uncollectible) or
 * voided one does. docs/revenue-metrics.md, "Billed revenue".
 */
export const BILLED_INVOICE_SQL = `(i.status = 'paid' or (i.status = 'open' and not exists (
  select 1 from subscription s where s.stripe_subscription_id = i.stripe_subscription_id and s.status in ('unpaid', 'canceled', 'incomplete_expired'))))`;

/**
 * Our Stripe prices carry lookup keys `carlo_<plan>_base`, `carlo_<plan>_overage`, `carlo_pack_<pack>`.
 * A credit pack belongs to no plan, so its plan label names the pack (`credit pack <pack>`): the
 * report's plan column and plan groups show what was sold instead of a blank.
 */
export function classifyLine(lookupKey: string | null): { kind: LineKind; planCode: string | null } {
  if (!lookupKey) return { kind: 'other', planCode: null };
  const pack = /^carlo_pack_(.+)$/.exec(lookupKey);
  if (pack) return { kind: 'credit_pack', planCode: packLabel(pack[1]) };
  const plan = /^carlo_(.+)_(base|overage)$/.exec(lookupKey);
  if (plan) return { kind: plan[2] === 'base' ? 'subscription' : 'overage', planCode: plan[1] };
  return { kind: 'other', planCode: null };
}

function packLabel(packCode: string): string {
  return `credit pack ${packCode}`;
}

export type RevenueInvoiceLine = {
  invoiceId: string;
  invoiceNumber: string | null;
  customerId: string | null;
  company: string | null;
  issuedAt: Date;
  status: string;
  currency: string;
  kind: LineKind;
  planCode: string | null;
  description: string | null;
  amountCents: number;
};

export type RevenueGroupKey = 'month' | 'plan' | 'customer';

export function groupKey(line: RevenueInvoiceLine, by: RevenueGroupKey): { key: string; label: string } {
  if (by === 'month') {
    const month = line.issuedAt.toISOString().slice(0, 7);
    return { key: month, label: month };
  }
  if (by === 'plan') {
    const plan = line.planCode ?? 'other';
    return { key: plan, label: plan };
  }
  return { key: line.customerId ?? 'unknown', label: line.company ?? line.customerId ?? 'unknown customer' };
}

export type RevenueGroup = { key: string; label: string; amountCents: number; overageCents: number; lines: number };

/** Adds one line to its group; returns the map for chaining in a loop. */
export function addToGroups(groups: Map<string, RevenueGroup>, line: RevenueInvoiceLine, by: RevenueGroupKey): Map<string, RevenueGroup> {
  const { key, label } = groupKey(line, by);
  const group = groups.get(key) ?? { key, label, amountCents: 0, overageCents: 0, lines: 0 };
  group.amountCents += line.amountCents;
  if (line.kind === 'overage') group.overageCents += line.amountCents;
  group.lines += 1;
  groups.set(key, group);
  return groups;
}

/** `YYYY-MM`..`YYYY-MM` (inclusive) to [start, end) in UTC; null when malformed, reversed or over 36 months. */
export function parsePeriod(from: string, to: string): { start: Date; end: Date } | null {
  const parse = (value: string) => {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
    return match ? { year: Number(match[1]), month: Number(match[2]) - 1 } : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return null;
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months < 1 || months > 36) return null;
  return { start: new Date(Date.UTC(a.year, a.month, 1)), end: new Date(Date.UTC(b.year, b.month + 1, 1)) };
}
