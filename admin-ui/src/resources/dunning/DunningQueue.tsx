import {
  Alert,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useNotify, usePermissions } from 'react-admin';
import { Link } from 'react-router-dom';
import { useLoad } from '../../dashboard/use-load';
import { LoadedRows } from '../../layout/LoadedRows';
import { money } from '../../layout/format';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { RecordLink } from '../../layout/RecordLink';
import { type DunningAction, dunningQueue, runDunningAction } from '../../providers/data/dunning';
import { canCollect } from '../../roles';

type Entry = Awaited<ReturnType<typeof dunningQueue>>[number];

const day = (value: string | null | undefined) => (value ? new Date(value).toLocaleDateString() : '—');

const titles: Record<DunningAction, (company: string) => string> = {
  retry: (company) => `Charge ${company}'s saved card for the open invoice now?`,
  extend: (company) => `Keep ${company}'s full access longer?`,
  waive: (company) => `Waive ${company}'s open invoice? It is voided in Stripe and never collected.`,
  suspend: (company) => `Suspend ${company} now? Its keys answer billing fields only until reinstated.`,
};
const labels: Record<DunningAction, string> = { retry: 'Retry now', extend: 'Extend grace', waive: 'Waive', suspend: 'Suspend' };

/** Past-due subscriptions with where collecting stands; collectors act on each with a reason for the audit log. */
export function DunningQueue() {
  const { permissions } = usePermissions();
  const notify = useNotify();
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad(dunningQueue, String(version));
  const [pending, setPending] = useState<{ action: DunningAction; entry: Entry } | null>(null);
  const [days, setDays] = useState('7');
  const [busy, setBusy] = useState(false);
  const collector = canCollect(permissions);

  const confirm = async (reason: string) => {
    if (!pending) return;
    setBusy(true);
    try {
      notify(await runDunningAction(pending.action, pending.entry.subscriptionId, reason, Number(days)), { type: 'info' });
      setPending(null);
      setVersion((v) => v + 1);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const daysValid = Number.isInteger(Number(days)) && Number(days) >= 1 && Number(days) <= 30;
  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title="Dunning" />
      <Typography variant="body2" sx={{ mb: 2 }}>
        Degradation: calls fall back to the free plan's limits when the grace ends. Suspension: after the last retry fails Stripe stops
        collecting and the subscription is unpaid.
      </Typography>
      <LoadedRows
        rows={data}
        error={error}
        loadingLabel="Loading the dunning queue"
        empty={<Alert severity="success">No subscription is past due.</Alert>}
      >
        {(rows) => (
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="dunning-queue">
              <TableHead>
                <TableRow>
                  <TableCell>Customer</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Due</TableCell>
                  <TableCell>Attempts</TableCell>
                  <TableCell>Next attempt</TableCell>
                  <TableCell>Retry schedule</TableCell>
                  <TableCell>Degrades in</TableCell>
                  <TableCell>Suspends in</TableCell>
                  {collector ? <TableCell>Actions</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((entry) => (
                  <TableRow key={entry.subscriptionId} data-subscription={entry.subscriptionId}>
                    <TableCell>
                      <Link to={`/customers/${entry.customerId}/show`}>{entry.company}</Link>
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {entry.planName}
                        {entry.customerStatus === 'suspended' ? ' · suspended' : ''}
                      </Typography>
                    </TableCell>
                    <TableCell>{entry.status}</TableCell>
                    <TableCell>
                      {money(entry.amountDueCents, entry.currency.toUpperCase())}
                      {entry.invoiceId ? (
                        <Typography variant="caption" sx={{ display: 'block' }}>
                          <RecordLink type="invoices" id={entry.invoiceId} label={entry.invoiceNumber ?? 'invoice'} />
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell>{entry.attemptCount ?? 'unknown (Stripe did not answer)'}</TableCell>
                    <TableCell>{day(entry.nextAttemptAt)}</TableCell>
                    <TableCell>{entry.remainingAttempts.map((at) => day(at)).join(', ') || 'none left'}</TableCell>
                    <TableCell data-testid="days-to-degradation">
                      {entry.daysToDegradation} d ({day(entry.degradesAt)}){entry.graceExtendedUntil ? ' · extended' : ''}
                    </TableCell>
                    <TableCell>
                      {entry.daysToSuspension === null ? '—' : `${entry.daysToSuspension} d (${day(entry.suspendsAt)})`}
                    </TableCell>
                    {collector ? (
                      <TableCell>
                        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                          {(['retry', 'extend', 'waive', 'suspend'] as const).map((action) => (
                            <Button
                              key={action}
                              size="small"
                              color={action === 'suspend' || action === 'waive' ? 'error' : 'primary'}
                              onClick={() => setPending({ action, entry })}
                            >
                              {labels[action]}
                            </Button>
                          ))}
                        </Stack>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </LoadedRows>
      <ReasonDialog
        open={pending !== null}
        busy={busy}
        ready={pending?.action !== 'extend' || daysValid}
        title={pending ? titles[pending.action](pending.entry.company) : ''}
        confirmLabel={pending ? labels[pending.action] : ''}
        onClose={() => setPending(null)}
        onConfirm={confirm}
      >
        {pending?.action === 'extend' ? (
          <TextField
            fullWidth
            margin="dense"
            type="number"
            label="Days (1-30)"
            name="graceDays"
            value={days}
            onChange={(event) => setDays(event.target.value)}
            helperText={daysValid ? ' ' : 'Between 1 and 30 days'}
          />
        ) : null}
      </ReasonDialog>
    </Box>
  );
}
