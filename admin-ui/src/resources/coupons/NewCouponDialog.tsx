import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { fieldError, messageOf } from '../../account/form-error';
import { createCoupon } from '../../providers/data/coupons';

type Form = { name: string; kind: 'percent' | 'amount'; value: string; duration: string; durationInMonths: string };
const EMPTY: Form = { name: '', kind: 'percent', value: '', duration: 'once', durationInMonths: '' };
type Errors = Partial<Record<'name' | 'percentOff' | 'amountOffCents' | 'duration' | 'durationInMonths' | 'form', string | null>>;

/** The create form; the server checks the terms and names the field to fix, shown beside it. */
export function NewCouponDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (name: string) => void }) {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  const submit = async () => {
    setBusy(true);
    try {
      // Only the fields that apply are sent (the server refuses both kinds at once); dollars in the form, integer cents on the wire.
      const created = await createCoupon({
        ...(form.name.trim() === '' ? {} : { name: form.name.trim() }),
        ...(form.kind === 'percent' ? { percentOff: Number(form.value) } : { amountOffCents: Math.round(Number(form.value) * 100) }),
        duration: form.duration,
        ...(form.duration === 'repeating' ? { durationInMonths: Number(form.durationInMonths) } : {}),
      });
      setForm(EMPTY);
      setErrors({});
      onCreated(created.name ?? created.id);
    } catch (error) {
      const named = {
        name: fieldError(error, 'name'),
        percentOff: fieldError(error, 'percentOff'),
        amountOffCents: fieldError(error, 'amountOffCents'),
        duration: fieldError(error, 'duration'),
        durationInMonths: fieldError(error, 'durationInMonths'),
      };
      setErrors({ ...named, form: Object.values(named).some(Boolean) ? null : messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const valueError = form.kind === 'percent' ? errors.percentOff : errors.amountOffCents;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>New coupon</DialogTitle>
      <DialogContent>
        {errors.form ? <Alert severity="error">{errors.form}</Alert> : null}
        <TextField
          fullWidth
          margin="dense"
          name="name"
          label="Name (shown on invoices)"
          value={form.name}
          onChange={(event) => set({ name: event.target.value })}
          error={Boolean(errors.name)}
          helperText={errors.name ?? ' '}
        />
        <TextField
          select
          fullWidth
          margin="dense"
          name="kind"
          label="Discount"
          value={form.kind}
          onChange={(event) => set({ kind: event.target.value === 'amount' ? 'amount' : 'percent' })}
        >
          <MenuItem value="percent">Percent off</MenuItem>
          <MenuItem value="amount">Amount off (USD)</MenuItem>
        </TextField>
        <TextField
          fullWidth
          margin="dense"
          type="number"
          name="value"
          label={form.kind === 'percent' ? 'Percent (0-100]' : 'Amount in dollars'}
          value={form.value}
          onChange={(event) => set({ value: event.target.value })}
          error={Boolean(valueError)}
          helperText={valueError ?? ' '}
        />
        <TextField
          select
          fullWidth
          margin="dense"
          name="duration"
          label="Duration"
          value={form.duration}
          onChange={(event) => set({ duration: event.target.value })}
          error={Boolean(errors.duration)}
          helperText={errors.duration ?? ' '}
        >
          <MenuItem value="once">Once (the next invoice)</MenuItem>
          <MenuItem value="repeating">Some months</MenuItem>
          <MenuItem value="forever">Forever</MenuItem>
        </TextField>
        {form.duration === 'repeating' ? (
          <TextField
            fullWidth
            margin="dense"
            type="number"
            name="durationInMonths"
            label="Months"
            value={form.durationInMonths}
            onChange={(event) => set({ durationInMonths: event.target.value })}
            error={Boolean(errors.durationInMonths)}
            helperText={errors.durationInMonths ?? ' '}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy || form.value === ''} onClick={submit}>
          Create
        </Button>
      </DialogActions>
    </Dialog>
  );
}
