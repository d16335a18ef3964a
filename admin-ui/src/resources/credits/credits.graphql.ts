import { graphql } from '../../generated';

export const CustomerCreditsDocument = graphql(`
  query ConsoleCustomerCredits($customerId: ID!) {
    customerCredits(customerId: $customerId) {
      periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits
    }
  }
`);

export const GrantCreditsDocument = graphql(`
  mutation ConsoleGrantCredits($customerId: ID!, $credits: Int!, $reason: String!) {
    grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { includedRemaining prepaidRemaining }
  }
`);

export const CustomerOverridesDocument = graphql(`
  query ConsoleCustomerOverrides($customerId: ID!) {
    customerOverrides(customerId: $customerId) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }
  }
`);

export const SetCustomerOverridesDocument = graphql(`
  mutation ConsoleSetCustomerOverrides($customerId: ID!, $input: CustomerOverridesInput!) {
    setCustomerOverrides(customerId: $customerId, input: $input) { rateLimitCreditsPerSecond burstCredits includedCredits overageCentsPer1000Credits hardStop maxIterationsSync }
  }
`);

export const CustomerUsageDocument = graphql(`
  query ConsoleCustomerUsage($id: ID!, $days: Int!) {
    customer(id: $id) {
      id
      usageByDay(days: $days) { day calls chargedCredits overageCredits errors p95LatencyMs }
      usageByOperation(days: $days) { operationName calls chargedCredits }
      ledger(limit: 50) { id kind credits reason requestId periodStart createdAt }
    }
  }
`);
