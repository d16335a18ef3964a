import { graphql } from '../generated';

export const BillingDocument = graphql(`
  query PortalBilling {
    plans { code name priceCents currency includedCredits }
    creditPacks { code credits priceCents currency }
    portalOverview { plan { code name priceCents } subscription { status cancelAtPeriodEnd currentPeriodEnd } }
    portalInvoices(page: 1, perPage: 50) {
      totalCount
      items { id number status currency totalCents amountPaidCents issuedAt hostedInvoiceUrl invoicePdfUrl lines { id description amountCents } }
    }
  }
`);

export const PreviewDocument = graphql(`
  query PortalPreviewPlan($plan: String!) {
    portalPreviewPlanChange(plan: $plan) {
      to { code name } immediate prorationCents nextInvoiceCents currency effectiveAt
      includedCreditsChange rateLimitChange maxIterationsSyncChange featuresAdded featuresRemoved
    }
  }
`);

export const ChangePlanDocument = graphql(`
  mutation PortalChangePlan($plan: String!) { portalChangePlan(plan: $plan) { to { name } immediate effectiveAt } }
`);

export const BuyCreditsDocument = graphql(`
  mutation PortalBuyCredits($pack: String!) { portalBuyCredits(pack: $pack) { url } }
`);

export const BillingPortalDocument = graphql(`
  mutation PortalBillingPortal { portalBillingPortal { url } }
`);

export const CancelSubscriptionDocument = graphql(`
  mutation PortalCancelSubscription { portalCancelSubscription { id cancelAtPeriodEnd currentPeriodEnd } }
`);

export const ResumeSubscriptionDocument = graphql(`
  mutation PortalResumeSubscription { portalResumeSubscription { id cancelAtPeriodEnd currentPeriodEnd } }
`);

export const DiscountDocument = graphql(`
  query PortalDiscount { portalDiscount { name percentOff amountOffCents currency duration startedAt endsAt } }
`);
