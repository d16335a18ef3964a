import { graphql } from '../../generated';

export const RefundInvoiceDocument = graphql(`
  mutation ConsoleRefundInvoice($id: ID!, $amountCents: Int, $reason: String!) {
    adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountRefundedCents }
  }
`);

export const VoidInvoiceDocument = graphql(`
  mutation ConsoleVoidInvoice($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }
`);

export const MarkInvoiceUncollectibleDocument = graphql(`
  mutation ConsoleMarkInvoiceUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }
`);
