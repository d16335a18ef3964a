import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import { AdminRole } from '../platform/staff/index.js';
import {
  CustomerMarginType,
  MrrGroupBy,
  MrrReportType,
  RevenueCohortType,
  RevenueGroupBy,
  RevenueMetricsArgs,
  RevenueMonthType,
  RevenueReportType,
  addToGroups,
  customerMargins,
  invoiceMirrorTotals,
  invoiceRevenueLines,
  parseMonth,
  parsePeriod,
  pastDueAmountCents,
  revenueCohorts,
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
const TOP_MARGIN_CUSTOMERS = 20;

@Resolver()
export class RevenueReportResolver {
  @Query(() => [RevenueMonthType], { description: 'MRR, ARR, churn, ARPU and net revenue retention per month, oldest first.' })
  @ForAdmin(...FINANCE_READERS)
  revenueMetrics(@Args(() => RevenueMetricsArgs) args: RevenueMetricsArgs, @Ctx() { em }: Context): Promise<MonthWithBilling[]> {
    return revenueSeriesWithBilling(em, new Date(), args.months);
  }

  @Query(() => [RevenueCohortType], { description: 'Logo retention by first paid month, oldest cohort first.' })
  @ForAdmin(...FINANCE_READERS)
  revenueCohorts(@Args(() => RevenueMetricsArgs) args: RevenueMetricsArgs, @Ctx() { em }: Context): Promise<RevenueCohortType[]> {
    return revenueCohorts(em, new Date(), args.months);
  }

  @Query(() => Int, { description: 'Amount due now on the open invoices of past-due subscriptions, in cents.' })
  @ForAdmin(...FINANCE_READERS)
  pastDueCents(@Ctx() { em }: Context): Promise<number> {
    return pastDueAmountCents(em);
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
      creditedCents: mirror.creditedCents,
      netCents: billed - mirror.refundedCents - mirror.creditedCents,
      mirrorSubtotalCents: mirror.subtotalCents,
      invoiceCount: mirror.invoices,
      lineCount: count,
      groups: sorted,
      lines,
    };
  }

  @Query(() => [CustomerMarginType], {
    description: 'Top customers by billed revenue over the months with their compute cost and gross margin, highest revenue first.',
  })
  @ForAdmin(...FINANCE_READERS)
  async customerMargins(
    @Arg('from', () => String, { description: 'First month, YYYY-MM (UTC).' }) from: string,
    @Arg('to', () => String, { description: 'Last month, YYYY-MM (UTC), at most 36 months after from.' }) to: string,
    @Ctx() { em, services }: Context,
  ): Promise<CustomerMarginType[]> {
    const period = parsePeriod(from, to);
    if (!period)
      throw appError(ErrorCode.BAD_USER_INPUT, 'from and to must look like 2026-03, from before to, at most 36 months.', { field: 'from' });
    return customerMargins(em, period, services.config.COMPUTE_COST_CENTS_PER_HOUR, TOP_MARGIN_CUSTOMERS);
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
