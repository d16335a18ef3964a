import { graphql } from '../../generated';

export const CustomersDocument = graphql(`
  query ConsoleCustomers($page: Int!, $perPage: Int!, $search: String, $status: CustomerStatus, $planCode: String, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {
    customers(page: $page, perPage: $perPage, search: $search, status: $status, planCode: $planCode, sortField: $sortField, sortOrder: $sortOrder) {
      totalCount
      items {
        id company email billingEmail taxId status suspendedReason createdAt
        currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }
        keyCounts { total active }
      }
    }
  }
`);

export const CustomerDocument = graphql(`
  query ConsoleCustomer($id: ID!) {
    customer(id: $id) {
      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags
      address { line1 line2 city state postalCode country }
      currentSubscription { id status planCode planName priceCents currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt }
      keyCounts { total active }
    }
  }
`);

export const SuspendCustomerDocument = graphql(`
  mutation ConsoleSuspendCustomer($id: ID!, $reason: String!) { suspendCustomer(id: $id, reason: $reason) { id status suspendedReason } }
`);

export const ReinstateCustomerDocument = graphql(`
  mutation ConsoleReinstateCustomer($id: ID!) { reinstateCustomer(id: $id) { id status suspendedReason } }
`);

export const PlansOnSaleDocument = graphql(`
  query ConsolePlansOnSale { plans { id code name priceCents currency includedCredits rateLimitCreditsPerSecond maxIterationsSync maxConcurrentJobs } }
`);

export const AdminPreviewPlanChangeDocument = graphql(`
  query ConsoleAdminPreviewPlanChange($customerId: ID!, $plan: String!) {
    adminPreviewPlanChange(customerId: $customerId, plan: $plan) {
      immediate prorationCents nextInvoiceCents currency effectiveAt
      includedCreditsChange rateLimitChange maxIterationsSyncChange maxConcurrentJobsChange featuresAdded featuresRemoved
    }
  }
`);

export const AdminChangePlanDocument = graphql(`
  mutation ConsoleAdminChangePlan($customerId: ID!, $plan: String!) { adminChangePlan(customerId: $customerId, plan: $plan) { immediate effectiveAt to { code name } } }
`);

export const AdminCancelSubscriptionDocument = graphql(`
  mutation ConsoleAdminCancelSubscription($customerId: ID!, $atPeriodEnd: Boolean!) { adminCancelSubscription(customerId: $customerId, atPeriodEnd: $atPeriodEnd) { id status cancelAtPeriodEnd } }
`);

export const UpdateCustomerDocument = graphql(`
  mutation ConsoleUpdateCustomer($id: ID!, $input: CustomerProfileInput!) {
    adminUpdateCustomer(id: $id, input: $input) {
      id company email billingEmail taxId status suspendedReason createdAt stripeCustomerId notes tags
      address { line1 line2 city state postalCode country }
    }
  }
`);

export const CustomerTimelineDocument = graphql(`
  query ConsoleCustomerTimeline($customerId: ID!) { customerTimeline(customerId: $customerId) { at kind title actor targetType targetId } }
`);

export const CustomerWebhooksDocument = graphql(`
  query ConsoleCustomerWebhooks($customerId: ID!) {
    customerWebhooks(customerId: $customerId, deliveries: 10) {
      endpoint { id url description eventTypes enabled failureStreak createdAt }
      recentDeliveries {
        totalCount
        items { id eventId eventType status attempts lastStatusCode lastLatencyMs lastError nextAttemptAt lastAttemptAt createdAt }
      }
    }
  }
`);

export const IssueApiKeyDocument = graphql(`
  mutation ConsoleIssueApiKey($customerId: ID!, $input: CreateApiKeyInput!, $reason: String!) {
    adminIssueApiKey(customerId: $customerId, input: $input, reason: $reason) { secret apiKey { id name displayPrefix } }
  }
`);
