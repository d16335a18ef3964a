import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { AdminRole } from '../platform/staff/index.js';
import {
  MrrGroupBy,
  MrrReportType,
  RevenueGroupBy,
  RevenueMetricsArgs,
  RevenueMonthType,
  RevenueReportType,
  addToGroups,
  invoiceMirrorTotals,
  invoiceRevenueLines,
  parseMonth,
  parsePeriod,
  revenueLines,
  revenueSeriesWithBilling,
  type MonthWithBilling,
  type MrrReportGroupType,
  type RevenueGroup,
  type RevenueInvoiceLine,
  type RevenueLine,
} from '../billing/index.js';

/** Finance reports: finance and super admins only (docs/architecture.md §6). */
export const FINANCE_READERS = [AdminRole.SUPER_ADMIN, AdminRole.FINANCE];
const SHOWN_LINES = 500;

@Resolver()
export class RevenueReportResolver {
  @Query(() => [RevenueMonthType], { description: 'MRR, ARR, churn, ARPU and net revenue retention per month, oldest first.' })
  @ForAdmin(...FINANCE_READERS)
  revenueMetrics(@Args(() => RevenueMetricsArgs) args: RevenueMetricsArgs, @Ctx() { em }: Context): Promise<MonthWithBilling[]> {
    return revenueSeriesWithBilling(em, new Date(), args.months);
  }

  @Query(() => RevenueReportType)
  @ForAdmin(...FINANCE_READERS)
  async revenueReport(
    @Arg('from', () => String, { description: 'First month, YYYY-MM (UTC).' }) from: string,
    @Arg('to', () => String, { description: 'Last month, YYYY-MM (UTC), at most 36 months after from.' }) to: string,
    @Arg('groupBy', () => RevenueGroupBy, { defaultValue: RevenueGroupBy.MONTH }) groupBy: RevenueGroupBy,
    @Ctx() { em }: Context,
  ): Promise<RevenueReportType> {
    const period = parsePeriod(from, to);
    if (!period)
      throw appError(ErrorCode.BAD_USER_INPUT, 'from and to must look like 2026-03, from before to, at most 36 months.', { field: 'from' });
    const mirror = await invoiceMirrorTotals(em, period);
    const groups = new Map<string, RevenueGroup>();
    const lines: RevenueInvoiceLine[] = [];
    const invoices = new Set<string>();
    let billed = 0;
    let overage = 0;
    let count = 0;
    for await (const line of invoiceRevenueLines(em, period)) {
      billed += line.amountCents;
      if (line.kind === 'overage') overage += line.amountCents;
      count += 1;
      invoices.add(line.invoiceId);
      if (lines.length < SHOWN_LINES) lines.push(line);
      addToGroups(groups, line, groupBy);
    }
    const sorted = [...groups.values()].sort((a, b) =>
      groupBy === RevenueGroupBy.MONTH ? a.key.localeCompare(b.key) : b.amountCents - a.amountCents,
    );
    return {
      from,
      to,
      billedCents: billed,
      overageCents: overage,
      refundedCents: mirror.refundedCents,
      netCents: billed - mirror.refundedCents,
      mirrorSubtotalCents: mirror.subtotalCents,
      invoiceCount: mirror.invoices,
      lineCount: count,
      groups: sorted,
      lines,
    };
  }

  @Query(() => MrrReportType, { description: 'Recurring revenue per subscription at the close of a month.' })
  @ForAdmin(...FINANCE_READERS)
  async mrrReport(
    @Arg('month', () => String, { description: 'YYYY-MM (UTC)' }) month: string,
    @Arg('groupBy', () => MrrGroupBy, { defaultValue: MrrGroupBy.PLAN }) groupBy: MrrGroupBy,
    @Ctx() { em }: Context,
  ): Promise<MrrReportType> {
    const range = parseMonth(month);
    if (!range) throw appError(ErrorCode.BAD_USER_INPUT, 'month must look like 2026-03.', { field: 'month' });
    const groups = new Map<string, MrrReportGroupType>();
    const lines: RevenueLine[] = [];
    let total = 0;
    let count = 0;
    for await (const line of revenueLines(em, range)) {
      total += line.mrrCents;
      count += 1;
      if (lines.length < SHOWN_LINES) lines.push(line);
      const key = groupBy === MrrGroupBy.PLAN ? line.planCode : line.customerId;
      const group = groups.get(key) ?? { key, label: groupBy === MrrGroupBy.PLAN ? line.planCode : line.company, mrrCents: 0, lines: 0 };
      group.mrrCents += line.mrrCents;
      group.lines += 1;
      groups.set(key, group);
    }
    return { month, totalMrrCents: total, lineCount: count, groups: [...groups.values()].sort((a, b) => b.mrrCents - a.mrrCents), lines };
  }
}
