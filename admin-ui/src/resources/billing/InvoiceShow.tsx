import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  ChipField,
  DateField,
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import type { ConsoleInvoiceDetailQuery } from '../../generated/graphql';
import { money } from '../../layout/format';
import { ScrollBox } from '../../layout/ScrollBox';
import { CreditNoteVoid } from './CreditNoteVoid';
import { InvoiceActions } from './InvoiceActions';

type Detail = ConsoleInvoiceDetailQuery['adminInvoice'];
// Partial: react-admin first shows the row the list had (without lines, payments or refunds) until adminInvoice answers.
type InvoiceRecord = Omit<Detail['invoice'], 'creditNotes'> &
  Partial<Pick<Detail['invoice'], 'creditNotes'>> &
  Partial<Pick<Detail, 'lines' | 'payments' | 'refunds'>>;
type Line = Detail['lines'][number];

const kindLabels: Record<string, string> = {
  BASE: 'Base',
  OVERAGE: 'Overage',
  CREDIT_PACK: 'Credit pack',
  PRORATION: 'Proration',
  OTHER: 'Other',
};
const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : '—');
const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** The operations behind an overage line: which GraphQL operations went over the allowance, how often. */
function Operations({ operations }: { operations: Line['operations'] }) {
  if (operations.length === 0) return <Typography variant="body2">No usage events with overage in this period.</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="overage-operations">
      {operations.map((operation) => (
        <li key={operation.operationName}>
          {operation.operationName}: {operation.calls.toLocaleString()} {operation.calls === 1 ? 'call' : 'calls'},{' '}
          {operation.overageCredits.toLocaleString()} credits over
        </li>
      ))}
    </Box>
  );
}

function Lines() {
  const invoice = useRecordContext<InvoiceRecord>();
  if (!invoice?.lines) return null;
  const currency = invoice.currency.toUpperCase();
  return (
    <ScrollBox>
      <Table size="small" data-testid="invoice-lines">
        <TableHead>
          <TableRow>
            <TableCell>Kind</TableCell>
            <TableCell>Description</TableCell>
            <TableCell>Period</TableCell>
            <TableCell align="right">Quantity</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {invoice.lines.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{kindLabels[line.kind] ?? line.kind}</TableCell>
              <TableCell>
                {line.description ?? '—'}
                {line.kind === 'OVERAGE' ? <Operations operations={line.operations} /> : null}
              </TableCell>
              <TableCell>
                {day(line.periodStart)} – {day(line.periodEnd)}
              </TableCell>
              <TableCell align="right">{line.quantity?.toLocaleString() ?? '—'}</TableCell>
              <TableCell align="right">{money(line.amountCents, currency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollBox>
  );
}

function Movements() {
  const invoice = useRecordContext<InvoiceRecord>();
  if (!invoice?.payments || !invoice.refunds) return null;
  const { payments, refunds } = invoice;
  const currency = invoice.currency.toUpperCase();
  return (
    <ScrollBox>
      <Table size="small" data-testid="invoice-payments">
        <TableHead>
          <TableRow>
            <TableCell>Movement</TableCell>
            <TableCell>When</TableCell>
            <TableCell>By</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {payments.map((payment) => (
            <TableRow key={`payment-${payment.paidAt ?? ''}`}>
              <TableCell>Payment</TableCell>
              <TableCell>{time(payment.paidAt)}</TableCell>
              <TableCell>Customer</TableCell>
              <TableCell>—</TableCell>
              <TableCell align="right">{money(payment.amountCents, currency)}</TableCell>
            </TableRow>
          ))}
          {refunds.map((refund, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: refunds keep their order and have no id of their own here.
            <TableRow key={`refund-${index}`}>
              <TableCell>Refund</TableCell>
              <TableCell>{time(refund.refundedAt)}</TableCell>
              <TableCell>{refund.actorEmail ?? 'In Stripe'}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{refund.reason ?? '—'}</TableCell>
              <TableCell align="right">−{money(refund.amountCents, currency)}</TableCell>
            </TableRow>
          ))}
          {payments.length + refunds.length === 0 ? (
            <TableRow>
              <TableCell colSpan={5}>No payment yet.</TableCell>
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </ScrollBox>
  );
}

/** The credit notes on the invoice: how much, why, and where the money went (card refund or the customer's balance). */
function CreditNotes() {
  const invoice = useRecordContext<InvoiceRecord>();
  // The list's row has no credit notes; the page's own query brings them.
  const notes = invoice?.creditNotes;
  if (!invoice || !notes) return null;
  const currency = invoice.currency.toUpperCase();
  return (
    <ScrollBox>
      <Table size="small" data-testid="invoice-credit-notes">
        <TableHead>
          <TableRow>
            <TableCell>Number</TableCell>
            <TableCell align="right">Amount</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Refund / balance</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Created</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {notes.map((note) => (
            <TableRow key={note.id}>
              <TableCell>{note.number}</TableCell>
              <TableCell align="right">{money(note.amountCents, currency)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{note.memo ?? note.reason ?? '—'}</TableCell>
              <TableCell>
                {note.refundCents + note.balanceCents === 0
                  ? 'Lowered the amount due'
                  : `${money(note.refundCents, currency)} refunded, ${money(note.balanceCents, currency)} to balance`}
              </TableCell>
              <TableCell>{note.status}</TableCell>
              <TableCell>{time(note.issuedAt)}</TableCell>
              <TableCell>
                <CreditNoteVoid note={note} invoiceStatus={invoice.status} currency={currency} />
              </TableCell>
            </TableRow>
          ))}
          {notes.length === 0 ? (
            <TableRow>
              <TableCell colSpan={7}>No credit notes.</TableCell>
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </ScrollBox>
  );
}

const amount = (field: 'totalCents' | 'amountPaidCents' | 'amountRefundedCents') => (row: InvoiceRecord) =>
  money(row[field], row.currency.toUpperCase());

/** One invoice: its figures, lines (overage with the operations behind it), payments, refunds and credit notes, and finance's actions. */
export function InvoiceShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="number" emptyText="—" />
        <ReferenceField source="customerId" reference="customers" link="show" emptyText="—">
          <TextField source="company" />
        </ReferenceField>
        <ChipField source="status" />
        <TextField source="billingReason" emptyText="—" />
        <FunctionField label="Total" render={amount('totalCents')} />
        <FunctionField label="Paid" render={amount('amountPaidCents')} />
        <FunctionField label="Refunded" render={amount('amountRefundedCents')} />
        <DateField source="periodStart" />
        <DateField source="periodEnd" />
        <DateField source="issuedAt" showTime />
        <TextField source="stripeInvoiceId" label="Stripe invoice" sx={{ overflowWrap: 'anywhere' }} />
        <Labeled label="Actions">
          <InvoiceActions />
        </Labeled>
        <Labeled label="Lines" fullWidth>
          <Lines />
        </Labeled>
        <Labeled label="Payments and refunds" fullWidth>
          <Movements />
        </Labeled>
        <Labeled label="Credit notes" fullWidth>
          <CreditNotes />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
