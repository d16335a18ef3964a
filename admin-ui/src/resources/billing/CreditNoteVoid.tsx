import { Button } from '@mui/material';
import { useState } from 'react';
import { usePermissions } from 'react-admin';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { useConsoleAction } from '../../layout/useConsoleAction';
import { money } from '../../layout/format';
import { mutate } from '../../providers/apollo';
import { canOperateInvoices } from '../../roles';
import { VoidCreditNoteDocument } from './invoice-operations.graphql';

type Note = { id: string; number: string; status: string; amountCents: number; refundCents: number; balanceCents: number };

/**
 * Stripe voids a credit note only while nothing of it went back to the card, and one that lowered
 * the amount due only while its invoice is still open; the button shows where Stripe would agree.
 */
function voidable(note: Note, invoiceStatus: string): boolean {
  if (note.status !== 'issued' || note.refundCents > 0) return false;
  return note.balanceCents > 0 || invoiceStatus === 'open';
}

export function CreditNoteVoid({ note, invoiceStatus, currency }: { note: Note; invoiceStatus: string; currency: string }) {
  const { permissions } = usePermissions();
  const [open, setOpen] = useState(false);
  const { busy, run } = useConsoleAction(() => setOpen(false));
  if (!canOperateInvoices(permissions) || !voidable(note, invoiceStatus)) return null;
  const effect =
    note.balanceCents > 0
      ? `${money(note.balanceCents, currency)} is taken back from the customer's balance`
      : `${money(note.amountCents, currency)} is due again`;
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)}>
        Void
      </Button>
      <ReasonDialog
        open={open}
        busy={busy}
        title={`Void credit note ${note.number}? ${effect}.`}
        confirmLabel="Void credit note"
        onClose={() => setOpen(false)}
        onConfirm={(reason) => void run(() => mutate(VoidCreditNoteDocument, { id: note.id, reason }), `Credit note ${note.number} voided`)}
      />
    </>
  );
}
