import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { ForAdmin } from '../../graphql/auth-rules.js';
import type { Context } from '../../graphql/context.js';
import { appError, ErrorCode } from '../../graphql/error-code.js';
import { AdminRole } from '../admin/admin-role.js';
import type { MonthMetrics } from './revenue-metrics.js';
import { parseMonth, type RevenueLine, revenueLines, revenueSeries } from './revenue-report.service.js';
import { RevenueGroupBy, RevenueMetricsArgs, RevenueMonthType, type RevenueReportGroupType, RevenueReportType } from './revenue-report.type.js';

/** Finance reports: finance and super admins only (DESIGN.md §10). */
export const FINANCE_READERS = [AdminRole.SUPER_ADMIN, AdminRole.FINANCE];
const SHOWN_LINES = 500;

@Resolver()
export class RevenueReportResolver {
  @Query(() => [RevenueMonthType], { description: 'MRR, ARR, churn, ARPU and net revenue retention per month, oldest first.' })
  @ForAdmin(...FINANCE_READERS)
  revenueMetrics(@Args(() => RevenueMetricsArgs) args: RevenueMetricsArgs, @Ctx() { em }: Context): Promise<MonthMetrics[]> {
    return revenueSeries(em, new Date(), args.months);
  }

  @Query(() => RevenueReportType)
  @ForAdmin(...FINANCE_READERS)
  async revenueReport(
    @Arg('month', () => String, { description: 'YYYY-MM (UTC)' }) month: string,
    @Arg('groupBy', () => RevenueGroupBy, { defaultValue: RevenueGroupBy.PLAN }) groupBy: RevenueGroupBy,
    @Ctx() { em }: Context,
  ): Promise<RevenueReportType> {
    const range = parseMonth(month);
    if (!range) throw appError(ErrorCode.BAD_USER_INPUT, 'month must look like 2026-03.', { field: 'month' });
    const groups = new Map<string, RevenueReportGroupType>();
    const lines: RevenueLine[] = [];
    let total = 0;
    let count = 0;
    for await (const line of revenueLines(em, range)) {
      total += line.mrrCents;
      count += 1;
      if (lines.length < SHOWN_LINES) lines.push(line);
      const key = groupBy === RevenueGroupBy.PLAN ? line.planCode : line.customerId;
      const group = groups.get(key) ?? { key, label: groupBy === RevenueGroupBy.PLAN ? line.planCode : line.company, mrrCents: 0, lines: 0 };
      group.mrrCents += line.mrrCents;
      group.lines += 1;
      groups.set(key, group);
    }
    return { month, totalMrrCents: total, lineCount: count, groups: [...groups.values()].sort((a, b) => b.mrrCents - a.mrrCents), lines };
  }
}
