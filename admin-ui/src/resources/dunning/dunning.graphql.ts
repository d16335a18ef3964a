import { graphql } from '../../generated';

export const DunningQueueDocument = graphql(`
  query ConsoleDunningQueue {
    dunningQueue {
      subscriptionId customerId company customerStatus planName status pastDueSince graceExtendedUntil invoiceId invoiceNumber
      amountDueCents currency attemptCount nextAttemptAt remainingAttempts degradesAt daysToDegradation suspendsAt daysToSuspension
    }
  }
`);

export const DunningRetryDocument = graphql(`
  mutation ConsoleDunningRetry($id: ID!, $reason: String!) { dunningRetryNow(subscriptionId: $id, reason: $reason) { message } }
`);

export const DunningExtendDocument = graphql(`
  mutation ConsoleDunningExtend($id: ID!, $days: Int!, $reason: String!) { dunningExtendGrace(subscriptionId: $id, days: $days, reason: $reason) { message } }
`);

export const DunningWaiveDocument = graphql(`
  mutation ConsoleDunningWaive($id: ID!, $reason: String!) { dunningWaive(subscriptionId: $id, reason: $reason) { message } }
`);

export const DunningSuspendDocument = graphql(`
  mutation ConsoleDunningSuspend($id: ID!, $reason: String!) { dunningSuspend(subscriptionId: $id, reason: $reason) { message } }
`);

export const AdminResumeSubscriptionDocument = graphql(`
  mutation ConsoleAdminResumeSubscription($customerId: ID!) { adminResumeSubscription(customerId: $customerId) { id } }
`);
