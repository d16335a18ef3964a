import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRecordContext } from 'react-admin';
import { useLoad } from '../../dashboard/use-load';
import { money } from '../../layout/format';
import { customerCredits, customerOverrides, grantCredits, setCustomerOverrides } from '../../providers/data/credits';
import { canGrantCredits, canSetOverrides } from '../../roles';

function GrantDialog({
  customerId,
  open,
  onClose,
  onDone,
}: {
  customerId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [credits, setCredits] = useState('');
  const [reason, setReason] = useState('');
  const amount = Number(credits);
  const valid = Number.isInteger(amount) && amount > 0 && reason.trim().length >= 3;
  const submit = async () => {
    try {
      await grantCredits(customerId, amount, reason.trim());
      notify(`Granted ${amount.toLocaleString()} credits`, { type: 'success' });
      setCredits('');
      setReason('');
      onDone();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>Grant credits</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label="Credits"
          name="credits"
          type="number"
          value={credits}
          onChange={(event) => setCredits(event.target.value)}
        />
        <TextField
          fullWidth
          margin="dense"
          label="Reason (kept in the audit log)"
          name="grantReason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!valid} onClick={submit}>
          Grant
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type Overrides = {
  rateLimitCreditsPerSecond?: number | null;
  burstCredits?: number | null;
  includedCredits?: number | null;
  overageCentsPer1000Credits?: number | null;
  hardStop: boolean;
  maxIterationsSync?: number | null;
};
const overrideFields = [
  ['rateLimitCreditsPerSecond', 'Rate limit (credits/s)'],
  ['burstCredits', 'Burst credits'],
  ['includedCredits', 'Included credits / period'],
  ['overageCentsPer1000Credits', 'Overage cents / 1,000 credits'],
  ['maxIterationsSync', 'Max iterations (sync)'],
] as const;

function OverridesForm({ customerId, current, onDone }: { customerId: string; current: Overrides; onDone: () => void }) {
  const notify = useNotify();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      overrideFields.map(([name]) => [name, current[name] === null || current[name] === undefined ? '' : String(current[name])]),
    ),
  );
  const [hardStop, setHardStop] = useState(current.hardStop);
  const [reason, setReason] = useState('');
  const save = async () => {
    const input: Record<string, number | boolean | string | null> = { hardStop, reason: reason.trim() };
    for (const [name] of overrideFields) input[name] = values[name] === '' ? null : Number(values[name]);
    try {
      await setCustomerOverrides(customerId, input as Parameters<typeof setCustomerOverrides>[1]);
      notify('Overrides saved', { type: 'success' });
      setReason('');
      onDone();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ maxWidth: 420 }}>
      {overrideFields.map(([name, label]) => (
        <TextField
          key={name}
          size="small"
          type="number"
          label={label}
          name={name}
          value={values[name]}
          helperText="Empty: the plan's value"
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      ))}
      <FormControlLabel
        control={<Checkbox checked={hardStop} onChange={(event) => setHardStop(event.target.checked)} />}
        label="Hard stop: no overage whatever the plan says"
      />
      <TextField
        size="small"
        label="Reason (kept in the audit log)"
        name="overrideReason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Button variant="contained" disabled={reason.trim().length < 3} onClick={save}>
        Save overrides
      </Button>
    </Stack>
  );
}

/** Read-only roles see the overrides as labelled values, not as raw data. */
function OverridesSummary({ overrides }: { overrides: Overrides }) {
  return (
    <Box data-testid="overrides-summary">
      {overrideFields.map(([name, label]) => (
        <Typography key={name} variant="body2">
          {label}: {overrides[name] === null || overrides[name] === undefined ? "plan's value" : overrides[name].toLocaleString()}
        </Typography>
      ))}
      <Typography variant="body2">Hard stop: {overrides.hardStop ? 'yes' : 'no'}</Typography>
    </Box>
  );
}

/** Balance of the current period, credit grants and limit overrides of one customer. */
export function CustomerCredits() {
  const customer = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions();
  const [version, setVersion] = useState(0);
  const [granting, setGranting] = useState(false);
  const id = customer?.id ?? '';
  const credits = useLoad(id ? () => customerCredits(id) : null, `${id}|${version}`);
  const overrides = useLoad(id ? () => customerOverrides(id) : null, `${id}|${version}`);
  if (!customer) return null;
  const c = credits.data;
  return (
    <Box>
      {credits.error ? <Alert severity="error">{credits.error}</Alert> : null}
      {c ? (
        <Card variant="outlined" sx={{ maxWidth: 620, mb: 2 }}>
          <CardContent data-testid="credits-card">
            <Typography variant="subtitle1">
              Period {new Date(c.periodStart).toLocaleDateString()} – {new Date(c.periodEnd).toLocaleDateString()}
            </Typography>
            <Typography data-testid="included-remaining">
              Included: {c.includedRemaining.toLocaleString()} of {c.includedCredits.toLocaleString()} left
            </Typography>
            <Typography data-testid="prepaid-remaining" data-credits={c.prepaidRemaining}>
              Prepaid: {c.prepaidRemaining.toLocaleString()}
            </Typography>
            <Typography>
              Used: {c.usedCredits.toLocaleString()} · reserved: {c.reservedCredits.toLocaleString()} · overage:{' '}
              {c.overageCredits.toLocaleString()}
              {c.overageCentsPer1000Credits === null ? ' (hard stop)' : ` at ${money(c.overageCentsPer1000Credits)} / 1,000`}
            </Typography>
            {canGrantCredits(permissions) ? (
              <Button sx={{ mt: 1 }} variant="outlined" onClick={() => setGranting(true)}>
                Grant credits
              </Button>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
      <GrantDialog
        customerId={customer.id}
        open={granting}
        onClose={() => setGranting(false)}
        onDone={() => {
          setGranting(false);
          setVersion((v) => v + 1);
        }}
      />
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        Limit overrides
      </Typography>
      {overrides.error ? <Alert severity="error">{overrides.error}</Alert> : null}
      {overrides.loading ? <CircularProgress size={24} aria-label="Loading overrides" /> : null}
      {/* The form is built from the data of the latest save only, so a second save never sends stale values. */}
      {overrides.data && !overrides.loading && canSetOverrides(permissions) ? (
        <OverridesForm
          key={overrides.loadedKey}
          customerId={customer.id}
          current={overrides.data}
          onDone={() => setVersion((v) => v + 1)}
        />
      ) : null}
      {overrides.data && !canSetOverrides(permissions) ? <OverridesSummary overrides={overrides.data} /> : null}
    </Box>
  );
}
