import { Alert, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import { fieldError, messageOf } from '../../account/form-error';
import type { ManualInvoiceCollection } from '../../generated/graphql';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { money } from '../../layout/format';
import { mutate } from '../../providers/apollo';
import { CreateInvoiceDocument } from '../billing/invoice-operations.graphql';

type LineDraft = { description: string; quantity: string; unitAmountCents: string };

const blankLine = (): LineDraft => ({ description: '', quantity: '1', unitAmountCents: '' });
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** What the form can tell before asking the server, which checks the same rules again (and the currency). */
function lineProblem(line: LineDraft): { field: keyof LineDraft; message: string } | null {
  if (line.description.trim() === '') return { field: 'description', message: 'Required' };
  if (!(wholeNumber(line.quantity) >= 1)) return { field: 'quantity', message: 'A whole number, at least 1' };
  if (!(wholeNumber(line.unitAmountCents) >= 1)) return { field: 'unitAmountCents', message: 'Whole cents, above 0' };
  return null;
}

/**
 * A one-off invoice: lines typed as description, quantity and unit amount in cents, a preview of the
 * total, then Stripe creates it as a draft, finalizes it and sends it (due in the given days) or
 * charges the saved card. The server's refusal of a field shows beside it; a refused line, above
 * the lines.
 */
export function NewInvoiceDialog({ customerId, open, onClose }: { customerId: string; open: boolean; onClose: () => void }) {
  const notify = useNotify();
  const redirect = useRedirect();
  const [lines, setLines] = useState<LineDraft[]>([blankLine()]);
  const [collection, setCollection] = useState<ManualInvoiceCollection>('SEND_INVOICE');
  const [days, setDays] = useState('30');
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = collection === 'SEND_INVOICE';
  const problems = lines.map(lineProblem);
  const daysValid = !send || wholeNumber(days) >= 1;
  const totalCents = problems.every((problem) => problem === null)
    ? lines.reduce((sum, line) => sum + wholeNumber(line.quantity) * wholeNumber(line.unitAmountCents), 0)
    : null;
  const edit = (index: number, field: keyof LineDraft, value: string) =>
    setLines((current) => current.map((line, at) => (at === index ? { ...line, [field]: value } : line)));

  const create = async (reason: string) => {
    setBusy(true);
    setError(null);
    try {
      const { adminCreateInvoice } = await mutate(CreateInvoiceDocument, {
        customerId,
        reason,
        input: {
          lines: lines.map((line) => ({
            description: line.description.trim(),
            quantity: wholeNumber(line.quantity),
            unitAmountCents: wholeNumber(line.unitAmountCents),
          })),
          collection,
          daysUntilDue: send ? wholeNumber(days) : null,
          memo: memo.trim() === '' ? null : memo.trim(),
        },
      });
      notify(`Invoice ${adminCreateInvoice.number ?? ''} created: ${adminCreateInvoice.status}`, { type: 'success' });
      setLines([blankLine()]);
      onClose();
      redirect('show', 'invoices', adminCreateInvoice.id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const lineError = fieldError(error, 'description') ?? fieldError(error, 'quantity') ?? fieldError(error, 'unitAmountCents');
  const fieldBound = ['daysUntilDue', 'memo', 'currency', 'description', 'quantity', 'unitAmountCents', 'lines', 'reason'];
  const otherError = error && fieldBound.every((field) => fieldError(error, field) === null) ? messageOf(error) : null;

  return (
    <ReasonDialog
      open={open}
      busy={busy}
      ready={totalCents !== null && totalCents > 0 && daysValid}
      title="New one-off invoice"
      confirmLabel={send ? 'Create and send' : 'Create and charge'}
      onClose={onClose}
      onConfirm={create}
    >
      {otherError ? <Alert severity="error">{otherError}</Alert> : null}
      {lineError || fieldError(error, 'lines') ? (
        <Alert severity="error" data-testid="invoice-line-error">
          {lineError ?? fieldError(error, 'lines')}
        </Alert>
      ) : null}
      {lines.map((line, index) => {
        const problem = problems[index];
        const shown = (field: keyof LineDraft) => (line[field] !== '' && problem?.field === field ? problem.message : ' ');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are edited in place and have no id until Stripe gives them one.
          <Stack key={index} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              margin="dense"
              label="Description"
              name={`lines.${index}.description`}
              value={line.description}
              onChange={(event) => edit(index, 'description', event.target.value)}
              helperText={shown('description')}
              sx={{ flex: 3 }}
            />
            <TextField
              margin="dense"
              label="Quantity"
              name={`lines.${index}.quantity`}
              value={line.quantity}
              onChange={(event) => edit(index, 'quantity', event.target.value)}
              helperText={shown('quantity')}
              error={shown('quantity') !== ' '}
              sx={{ flex: 1 }}
            />
            <TextField
              margin="dense"
              label="Unit amount (cents)"
              name={`lines.${index}.unitAmountCents`}
              value={line.unitAmountCents}
              onChange={(event) => edit(index, 'unitAmountCents', event.target.value)}
              helperText={shown('unitAmountCents')}
              error={shown('unitAmountCents') !== ' '}
              sx={{ flex: 2 }}
            />
            {lines.length > 1 ? (
              <IconButton
                aria-label={`Remove line ${index + 1}`}
                onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
                sx={{ mt: 2 }}
              >
                ×
              </IconButton>
            ) : null}
          </Stack>
        );
      })}
      <Button size="small" disabled={lines.length >= 20} onClick={() => setLines((current) => [...current, blankLine()])}>
        Add line
      </Button>
      <TextField
        select
        fullWidth
        margin="dense"
        label="Collection"
        name="collection"
        value={collection}
        onChange={(event) => setCollection(event.target.value as ManualInvoiceCollection)}
      >
        <MenuItem value="SEND_INVOICE">Finalize and send (the customer pays by the due date)</MenuItem>
        <MenuItem value="CHARGE_AUTOMATICALLY">Finalize and charge the saved card now</MenuItem>
      </TextField>
      {send ? (
        <TextField
          fullWidth
          margin="dense"
          label="Due in days"
          name="daysUntilDue"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={!daysValid || fieldError(error, 'daysUntilDue') !== null}
          helperText={fieldError(error, 'daysUntilDue') ?? (daysValid ? ' ' : 'A whole number, at least 1')}
        />
      ) : null}
      <TextField
        fullWidth
        margin="dense"
        label="Memo (shown on the invoice)"
        name="memo"
        value={memo}
        onChange={(event) => setMemo(event.target.value)}
        error={fieldError(error, 'memo') !== null}
        helperText={fieldError(error, 'memo') ?? ' '}
      />
      {fieldError(error, 'currency') ? <Alert severity="error">{fieldError(error, 'currency')}</Alert> : null}
      <Typography variant="subtitle1" data-testid="invoice-total-preview">
        Total: {totalCents === null ? '—' : money(totalCents)}
      </Typography>
    </ReasonDialog>
  );
}
