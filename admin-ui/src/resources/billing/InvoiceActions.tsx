import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext } from 'react-admin';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { useConsoleAction } from '../../layout/useConsoleAction';
import { money } from '../../layout/format';
import { mutate } from '../../providers/apollo';
import { canOperateInvoices } from '../../roles';
import { CreditNoteDialog } from './CreditNoteDialog';
import {
  CreditInvoiceDocument,
  MarkInvoiceUncollectibleDocument,
  RefundInvoiceDocument,
  VoidInvoiceDocument,
} from './invoice-operations.graphql';

type InvoiceRecord = {
  id: string;
  number: string | null;
  status: string;
  currency: string;
  amountPaidCents: number;
  amountRefundedCents: number;
  amountDueCents: number;
};
type Pending = 'refund' | 'void' | 'uncollectible' | 'credit' | null;

/** Refund a paid invoice (part or all), void or write off an open one; each asks for the reason kept in the audit log. */
export function InvoiceActions() {
  const invoice = useRecordContext<InvoiceRecord>();
  const { permissions } = usePermissions();
  const [pending, setPending] = useState<Pending>(null);
  const { busy, run } = useConsoleAction(() => setPending(null));
  if (!invoice || !canOperateInvoices(permissions)) return null;
  const refundableCents = invoice.amountPaidCents - invoice.amountRefundedCents;
  const creditableCents = invoice.status === 'open' ? invoice.amountDueCents : invoice.status === 'paid' ? refundableCents : 0;
  const label = invoice.number ?? 'this invoice';

  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      {invoice.status === 'paid' && refundableCents > 0 ? (
        <Button size="small" onClick={() => setPending('refund')}>
          Refund
        </Button>
      ) : null}
      {creditableCents > 0 ? (
        <Button size="small" onClick={() => setPending('credit')}>
          Credit note
        </Button>
      ) : null}
      {invoice.status === 'open' ? (
        <>
          <Button size="small" color="error" onClick={() => setPending('void')}>
            Void
          </Button>
          <Button size="small" onClick={() => setPending('uncollectible')}>
            Write off
          </Button>
        </>
      ) : null}
      <RefundDialog
        key={refundableCents}
        open={pending === 'refund'}
        busy={busy}
        title={`Refund ${label}: up to ${money(refundableCents, invoice.currency.toUpperCase())}`}
        refundableCents={refundableCents}
        onClose={() => setPending(null)}
        onConfirm={(amountCents, reason) =>
          run(() => mutate(RefundInvoiceDocument, { id: invoice.id, amountCents, reason }), 'Refund sent to Stripe')
        }
      />
      <CreditNoteDialog
        key={`credit-${creditableCents}`}
        open={pending === 'credit'}
        busy={busy}
        label={label}
        paid={invoice.status === 'paid'}
        currency={invoice.currency}
        creditableCents={creditableCents}
        onClose={() => setPending(null)}
        onConfirm={(amountCents, refundCents, reason) =>
          run(() => mutate(CreditInvoiceDocument, { id: invoice.id, amountCents, refundCents, reason }), 'Credit note issued in Stripe')
        }
      />
      <ReasonDialog
        open={pending === 'void'}
        busy={busy}
        title={`Void ${label}? It is never collected and leaves billed revenue.`}
        confirmLabel="Void invoice"
        onClose={() => setPending(null)}
        onConfirm={(reason) => run(() => mutate(VoidInvoiceDocument, { id: invoice.id, reason }), 'Invoice voided')}
      />
      <ReasonDialog
        open={pending === 'uncollectible'}
        busy={busy}
        title={`Write off ${label} as uncollectible? Stripe stops collecting it.`}
        confirmLabel="Mark uncollectible"
        onClose={() => setPending(null)}
        onConfirm={(reason) => run(() => mutate(MarkInvoiceUncollectibleDocument, { id: invoice.id, reason }), 'Invoice written off')}
      />
    </Stack>
  );
}

type RefundProps = {
  open: boolean;
  busy: boolean;
  title: string;
  refundableCents: number;
  onClose: () => void;
  onConfirm: (amountCents: number, reason: string) => void;
};

/** The amount is typed in dollars and sent in cents; the server checks it again against what Stripe can still refund. */
function RefundDialog({ open, busy, title, refundableCents, onClose, onConfirm }: RefundProps) {
  const [amount, setAmount] = useState((refundableCents / 100).toFixed(2));
  const amountCents = Math.round(Number(amount) * 100);
  const amountValid = /^\d+(\.\d{1,2})?$/.test(amount.trim()) && amountCents > 0 && amountCents <= refundableCents;
  return (
    <ReasonDialog
      open={open}
      busy={busy}
      title={title}
      confirmLabel="Refund"
      ready={amountValid}
      onClose={onClose}
      onConfirm={(reason) => onConfirm(amountCents, reason)}
    >
      <TextField
        autoFocus
        fullWidth
        margin="dense"
        label="Amount (USD)"
        name="amount"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        helperText={amountValid ? ' ' : `Between 0.01 and ${(refundableCents / 100).toFixed(2)}`}
        error={!amountValid}
      />
    </ReasonDialog>
  );
}
