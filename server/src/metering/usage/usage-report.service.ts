import type { EntityManager } from '@mikro-orm/postgresql';
import type { Period } from '../credits/credit-period.js';
import { UsageGroupBy, type UsageReportType } from './usage-report.type.js';

const GROUP_EXPRESSIONS: Record<UsageGroupBy, string> = {
  [UsageGroupBy.DAY]: `to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD')`,
  [UsageGroupBy.OPERATION]: 'operation_name',
  [UsageGroupBy.KEY]: 'api_key_id::text',
};

type Row = { grp: string; calls: string | number; requested: string | number; charged: string | number; overage: string | number };

/** Usage of one customer in one period, from the usage events (the source of truth for billing). */
export async function usageReport(em: EntityManager, customerId: string, period: Period, groupBy: UsageGroupBy): Promise<UsageReportType> {
  const group = GROUP_EXPRESSIONS[groupBy];
  const order = groupBy === UsageGroupBy.DAY ? 'grp asc' : 'charged desc, grp asc';
  const rows = await em.getConnection().execute<Row[]>(
    `select ${group} as grp, count(*) as calls, coalesce(sum(requested_credits), 0) as requested,
            coalesce(sum(charged_credits), 0) as charged, coalesce(sum(overage_credits), 0) as overage
     from usage_event where customer_id = ? and period_start = ? group by grp order by ${order} limit 500`,
    [customerId, period.start],
  );
  const mapped = rows.map((row) => ({
    group: row.grp,
    calls: Number(row.calls),
    requestedCredits: Number(row.requested),
    chargedCredits: Number(row.charged),
    overageCredits: Number(row.overage),
  }));
  const totals = await em
    .getConnection()
    .execute<{ calls: string | number; charged: string | number; overage: string | number }[]>(
      `select count(*) as calls, coalesce(sum(charged_credits), 0) as charged, coalesce(sum(overage_credits), 0) as overage from usage_event where customer_id = ? and period_start = ?`,
      [customerId, period.start],
    );
  return {
    periodStart: period.start,
    periodEnd: period.end,
    groupBy,
    calls: Number(totals[0]?.calls ?? 0),
    chargedCredits: Number(totals[0]?.charged ?? 0),
    overageCredits: Number(totals[0]?.overage ?? 0),
    rows: mapped,
  };
}
