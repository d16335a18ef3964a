import { graphql } from '../generated';

export const DashboardDocument = graphql(`
  query ConsoleDashboard {
    adminDashboard {
      customersByStatus { key count }
      activeCustomersByPlan { key count }
      newCustomersByDay { day count }
      apiKeysByStatus { key count }
    }
  }
`);

export const RevenueMetricsDocument = graphql(`
  query ConsoleRevenueMetrics($months: Int!) {
    revenueMetrics(months: $months) {
      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention
    }
  }
`);
