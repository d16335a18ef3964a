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

export const CreditInvoiceDocument = graphql(`
  mutation ConsoleCreditInvoice($id: ID!, $amountCents: Int!, $refundCents: Int!, $reason: String!) {
    adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) {
      id status amountDueCents amountRefundedCents
    }
  }
`);

export const CreateInvoiceDocument = graphql(`
  mutation ConsoleCreateInvoice($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) {
    adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id number status totalCents currency }
  }
`);

export const VoidCreditNoteDocument = graphql(`
  mutation ConsoleVoidCreditNote($id: ID!, $reason: String!) {
    adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } }
  }
`);
