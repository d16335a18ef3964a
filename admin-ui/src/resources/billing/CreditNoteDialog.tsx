import { TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { money } from '../../layout/format';

type Props = {
  open: boolean;
  busy: boolean;
  label: string;
  /** A paid invoice's credit can be refunded in part; the rest goes to the customer's balance. */
  paid: boolean;
  currency: string;
  creditableCents: number;
  onClose: () => void;
  onConfirm: (amountCents: number, refundCents: number, reason: string) => void;
};

const cents = (text: string) => (/^\d+(\.\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text) * 100) : Number.NaN);

/**
 * A credit note lowers what an open invoice asks for, or credits a paid one (refunded in part,
 * the rest to the customer's balance for later invoices). Amounts are typed in dollars and sent
 * in cents; the server checks them again against Stripe.
 */
export function CreditNoteDialog({ open, busy, label, paid, currency, creditableCents, onClose, onConfirm }: Props) {
  const [amount, setAmount] = useState('');
  const [refund, setRefund] = useState('0');
  const amountCents = cents(amount);
  const refundCents = paid ? cents(refund) : 0;
  const amountValid = amountCents > 0 && amountCents <= creditableCents;
  const refundValid = refundCents >= 0 && refundCents <= amountCents;
  const unit = currency.toUpperCase();
  const effect = !amountValid
    ? ' '
    : paid
      ? `${money(refundCents || 0, unit)} refunded to the card, ${money(amountCents - (refundCents || 0), unit)} to the customer's balance`
      : `Amount due drops by ${money(amountCents, unit)} to ${money(creditableCents - amountCents, unit)}`;
  return (
    <ReasonDialog
      open={open}
      busy={busy}
      title={`Credit note on ${label}: up to ${money(creditableCents, unit)}`}
      confirmLabel="Issue credit note"
      ready={amountValid && refundValid}
      onClose={onClose}
      onConfirm={(reason) => onConfirm(amountCents, refundCents, reason)}
    >
      <TextField
        autoFocus
        fullWidth
        margin="dense"
        label={`Credit (${unit})`}
        name="creditAmount"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        helperText={amountValid || amount === '' ? ' ' : `Between 0.01 and ${(creditableCents / 100).toFixed(2)}`}
        error={amount !== '' && !amountValid}
      />
      {paid ? (
        <TextField
          fullWidth
          margin="dense"
          label={`Of which refunded to the card (${unit})`}
          name="refundAmount"
          value={refund}
          onChange={(event) => setRefund(event.target.value)}
          helperText={refundValid ? ' ' : 'At most the credit'}
          error={!refundValid}
        />
      ) : null}
      <Typography variant="body2" data-testid="credit-note-effect">
        {effect}
      </Typography>
    </ReasonDialog>
  );
}
