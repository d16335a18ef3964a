import { graphql } from '../generated';

export const RevenueReportDocument = graphql(`
  query ConsoleRevenueReport($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {
    revenueReport(from: $from, to: $to, groupBy: $groupBy) {
      from to billedCents overageCents refundedCents creditedCents netCents mirrorSubtotalCents invoiceCount lineCount
      groups { key label amountCents overageCents lines }
      lines { invoiceId invoiceNumber customerId company issuedAt status currency kind planCode description amountCents }
    }
  }
`);

export const MrrReportDocument = graphql(`
  query ConsoleMrrReport($month: String!, $groupBy: MrrGroupBy!) {
    mrrReport(month: $month, groupBy: $groupBy) {
      month totalMrrCents lineCount
      groups { key label mrrCents lines }
    }
  }
`);

export const RevenueCohortsDocument = graphql(`
  query ConsoleRevenueCohorts($months: Int!) {
    revenueCohorts(months: $months) { cohort customers retention }
  }
`);

export const CustomerMarginsDocument = graphql(`
  query ConsoleCustomerMargins($from: String!, $to: String!) {
    customerMargins(from: $from, to: $to) { customerId company revenueCents computeSeconds computeCostCents marginCents marginRate }
  }
`);
