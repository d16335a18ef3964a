import { graphql } from '../generated';

export const DashboardDocument = graphql(`
  query ConsoleDashboard {
    adminDashboard {
      customersByStatus { key count }
      activeCustomersByPlan { key count }
      newCustomersByDay { day count }
      apiKeysByStatus { key count }
      failedPaymentsByDay { day count }
    }
    adminUsage(days: 30) { byDay { day calls chargedCredits overageCredits errors p95LatencyMs } }
  }
`);

export const RevenueMetricsDocument = graphql(`
  query ConsoleRevenueMetrics($months: Int!) {
    revenueMetrics(months: $months) {
      month mrrCents arrCents payingCustomers newCustomers churnedCustomers logoChurnRate revenueChurnRate arpuCents netRevenueRetention billedCents overageCents
      upgradedCustomers downgradedCustomers upgradeRate downgradeRate ltvCents paymentSuccessRate failedPaymentRecoveryRate
    }
    pastDueCents
  }
`);

export const UsageExplorerDocument = graphql(`
  query ConsoleUsageExplorer($days: Int!) {
    adminUsage(days: $days) {
      byDay { day calls chargedCredits overageCredits errors p95LatencyMs }
      byOperation { operationName calls chargedCredits }
      topCustomers { customerId company calls chargedCredits }
    }
  }
`);
