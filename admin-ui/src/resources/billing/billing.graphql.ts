import { graphql } from '../../generated';

export const SubscriptionsDocument = graphql(`
  query ConsoleSubscriptions($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String) {
    subscriptions(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status) {
      totalCount
      items { id customerId planCode status currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEnd pastDueSince canceledAt createdAt }
    }
  }
`);

export const InvoicesDocument = graphql(`
  query ConsoleInvoices($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: String, $issuedMonth: String, $hasOverage: Boolean) {
    invoices(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, issuedMonth: $issuedMonth, hasOverage: $hasOverage) {
      totalCount
      items { id customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt hostedInvoiceUrl invoicePdfUrl }
    }
  }
`);

export const StripeEventsDocument = graphql(`
  query ConsoleStripeEvents($page: Int!, $perPage: Int!, $id: ID, $status: String) {
    stripeEvents(page: $page, perPage: $perPage, id: $id, status: $status) {
      totalCount
      items { id type objectId status eventCreatedAt receivedAt processedAt attempts error }
    }
  }
`);

export const ReplayStripeEventDocument = graphql(
  `mutation ConsoleReplayStripeEvent($id: ID!) { replayStripeEvent(id: $id) { id status attempts error } }`,
);

export const OutboxDocument = graphql(`
  query ConsoleOutbox($page: Int!, $perPage: Int!, $customerId: ID, $status: String) {
    outbox(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {
      totalCount
      items { id identifier customerId hourStart credits attempts nextAttemptAt sentAt deadAt lastError }
    }
  }
`);

export const MeterDriftDocument = graphql(`
  query ConsoleMeterDrift($page: Int!, $perPage: Int!, $customerId: ID, $onlyDrift: Boolean!) {
    meterDrift(page: $page, perPage: $perPage, customerId: $customerId, onlyDrift: $onlyDrift) {
      totalCount
      items { id customerId hourStart localCredits stripeCredits driftCredits checkedAt }
    }
  }
`);

export const RetryOutboxRowDocument = graphql(
  `mutation ConsoleRetryOutboxRow($id: ID!) { retryOutboxRow(id: $id) { id identifier attempts deadAt sentAt } }`,
);

export const InvoiceDetailDocument = graphql(`
  query ConsoleInvoiceDetail($id: ID!) {
    adminInvoice(id: $id) {
      invoice { id stripeInvoiceId customerId number status billingReason currency subtotalCents totalCents amountPaidCents amountDueCents amountRefundedCents periodStart periodEnd paidAt issuedAt
        creditNotes { id number status amountCents refundCents balanceCents reason memo issuedAt } }
      lines { id kind description amountCents quantity periodStart periodEnd operations { operationName calls overageCredits } }
      payments { amountCents paidAt }
      refunds { amountCents refundedAt actorEmail reason }
    }
  }
`);
