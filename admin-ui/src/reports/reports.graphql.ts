import { graphql } from '../generated';

export const RevenueReportDocument = graphql(`
  query ConsoleRevenueReport($month: String!, $groupBy: RevenueGroupBy!) {
    revenueReport(month: $month, groupBy: $groupBy) {
      month totalMrrCents lineCount
      groups { key label mrrCents lines }
      lines { subscriptionId customerId company planCode status mrrCents }
    }
  }
`);
