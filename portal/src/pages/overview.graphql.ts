import { graphql } from '../generated';

export const OverviewDocument = graphql(`
  query PortalOverview {
    portalOverview {
      plan { code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond maxIterationsSync }
      subscription { status currentPeriodEnd cancelAtPeriodEnd }
      access { level reason advice }
      credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining usedCredits overageCredits overageCentsPer1000Credits }
      usageByDay { calls chargedCredits rows { group calls chargedCredits } }
      usageByOperation { rows { group calls chargedCredits } }
      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }
      lowBalanceThresholdCredits
    }
  }
`);

export const CheckoutDocument = graphql(`
  mutation PortalCheckout($plan: String!) { portalCheckout(plan: $plan) { url } }
`);

export const SetLowBalanceLineDocument = graphql(`
  mutation PortalSetLowBalanceLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }
`);
