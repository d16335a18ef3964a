import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ConsoleAdminPreviewPlanChangeQuery, ConsoleCustomerQuery, ConsolePlansOnSaleQuery } from '../../generated/graphql';
import { money } from '../../layout/format';
import { cancelSubscription, changePlan, plansOnSale, previewPlanChange } from '../../providers/data/customers';

type Customer = ConsoleCustomerQuery['customer'];
type Plan = ConsolePlansOnSaleQuery['plans'][number];
type Preview = ConsoleAdminPreviewPlanChangeQuery['adminPreviewPlanChange'];

const signed = (value: number) => (value > 0 ? `+${value.toLocaleString()}` : value.toLocaleString());
const message = (error: unknown) => (error instanceof Error ? error.message : 'Failed');

/** Runs an action with a notification and a refresh, so both dialogs report the same way. */
function useAction(onDone: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      notify(await action(), { type: 'success' });
      onDone();
      refresh();
    } catch (error) {
      notify(message(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

function PlanFacts({ plan }: { plan: Plan }) {
  return (
    <Typography variant="body2" data-testid="plan-facts">
      {money(plan.priceCents, plan.currency.toUpperCase())} / month · {plan.includedCredits.toLocaleString()} credits included ·{' '}
      {plan.rateLimitCreditsPerSecond} credits/s · sync runs up to {plan.maxIterationsSync.toLocaleString()} iterations ·{' '}
      {plan.maxConcurrentJobs} concurrent jobs
    </Typography>
  );
}

function PreviewFacts({ preview }: { preview: Preview }) {
  const when = preview.immediate ? 'Applies now' : `Applies at the period end (${new Date(preview.effectiveAt).toLocaleDateString()})`;
  return (
    <Typography variant="body2" data-testid="plan-preview" sx={{ mt: 1 }}>
      {when}. Charged now: {money(preview.prorationCents, preview.currency.toUpperCase())}; next invoice{' '}
      {money(preview.nextInvoiceCents, preview.currency.toUpperCase())}. Included credits {signed(preview.includedCreditsChange)}, rate
      limit {signed(preview.rateLimitChange)}/s
      {preview.featuresAdded.length > 0 ? `, adds ${preview.featuresAdded.join(', ')}` : ''}
      {preview.featuresRemoved.length > 0 ? `, removes ${preview.featuresRemoved.join(', ')}` : ''}.
    </Typography>
  );
}

/** Plan select with the server's preview (proration from Stripe, or a free switch for Carlo-managed plans). */
export function ChangePlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const customer = useRecordContext<Customer>();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [code, setCode] = useState('');
  const [preview, setPreview] = useState<{ code: string; result: Preview | null; error: string | null } | null>(null);
  const { busy, run } = useAction(onClose);
  const current = customer?.currentSubscription?.planCode ?? '';

  useEffect(() => {
    if (!open) return;
    setCode('');
    setPreview(null);
    plansOnSale().then(setPlans, () => setPlans([]));
  }, [open]);

  useEffect(() => {
    if (!customer || !code) return;
    let live = true;
    previewPlanChange(customer.id, code).then(
      (result) => live && setPreview({ code, result, error: null }),
      (error: unknown) => live && setPreview({ code, result: null, error: message(error) }),
    );
    // A slower answer for a plan chosen earlier must not overwrite the current one.
    return () => {
      live = false;
    };
  }, [customer, code]);

  if (!customer) return null;
  const chosen = plans.find((plan) => plan.code === code);
  const shown = preview?.code === code ? preview : null;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Change plan (now on {current || 'no plan'})</DialogTitle>
      <DialogContent>
        <TextField
          select
          fullWidth
          margin="dense"
          label="New plan"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          slotProps={{ select: { native: true }, htmlInput: { name: 'plan' }, inputLabel: { shrink: true } }}
        >
          <option value="">Choose a plan</option>
          {plans.map((plan) => (
            <option key={plan.code} value={plan.code} disabled={plan.code === current}>
              {plan.name} ({money(plan.priceCents, plan.currency.toUpperCase())} / month)
            </option>
          ))}
        </TextField>
        {chosen ? <PlanFacts plan={chosen} /> : null}
        {shown?.result ? <PreviewFacts preview={shown.result} /> : null}
        {shown?.error ? (
          <Typography color="error" variant="body2" sx={{ mt: 1 }}>
            {shown.error}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!chosen || !shown?.result || busy}
          onClick={() =>
            run(async () => {
              const done = await changePlan(customer.id, code);
              return done.immediate
                ? `Plan changed to ${done.to.name}`
                : `${done.to.name} starts on ${new Date(done.effectiveAt).toLocaleDateString()}`;
            })
          }
        >
          Apply plan change
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Cancel at the period end (the customer keeps what it paid for) or now (READ_ONLY at once, no refund). */
export function CancelSubscriptionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const customer = useRecordContext<Customer>();
  const [when, setWhen] = useState<'end' | 'now'>('end');
  const { busy, run } = useAction(onClose);
  if (!customer) return null;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Cancel this subscription?</DialogTitle>
      <DialogContent>
        <Typography variant="body2">
          After it ends the customer's keys are READ_ONLY: past runs and usage stay readable, billable calls are refused.
        </Typography>
        <RadioGroup value={when} onChange={(event) => setWhen(event.target.value === 'now' ? 'now' : 'end')}>
          <FormControlLabel value="end" control={<Radio />} label="At the end of the current period" />
          <FormControlLabel value="now" control={<Radio />} label="Now (no refund)" />
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Keep subscription</Button>
        <Button
          color="error"
          variant="contained"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await cancelSubscription(customer.id, when === 'end');
              return when === 'end' ? 'Subscription cancels at the period end' : 'Subscription canceled';
            })
          }
        >
          Cancel subscription
        </Button>
      </DialogActions>
    </Dialog>
  );
}
