import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
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
import type { AdminAlertKind, AdminAlertStatus } from '../../generated/graphql';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { ScrollBox } from '../../layout/ScrollBox';
import { acknowledgeAlert, adminAlerts, alertMail, setAlertMail } from '../../providers/data/alerts';
import { canAcknowledgeAlerts } from '../../roles';

type Entry = Awaited<ReturnType<typeof adminAlerts>>['items'][number];

const KINDS: AdminAlertKind[] = [
  'USAGE_SPIKE',
  'PAYMENT_FAILED',
  'METER_DRIFT',
  'WEBHOOK_ENDPOINT_FAILING',
  'STRIPE_CIRCUIT_OPEN',
  'SPEND_CAP_REACHED',
];
const STATUSES: AdminAlertStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');
const when = (value: string | null | undefined) => (value ? new Date(value).toLocaleString() : '—');

/** The figures of an alert as short "name: value" lines; ids are left to the customer link. */
function Details({ details }: { details: Record<string, unknown> }) {
  const lines = Object.entries(details).filter(([name, value]) => !name.endsWith('Id') && value !== null && typeof value !== 'object');
  return (
    <Typography variant="caption" component="div" sx={{ overflowWrap: 'break-word' }}>
      {lines.map(([name, value]) => (
        <div key={name}>
          {name}: {String(value)}
        </div>
      ))}
    </Typography>
  );
}

/** Admin alerts: open ones first by default, filters by state and kind, acknowledge with a note, and the mail opt-in. */
export function AlertsPage() {
  const { permissions } = usePermissions();
  const notify = useNotify();
  const [status, setStatus] = useState<AdminAlertStatus | ''>('OPEN');
  const [kind, setKind] = useState<AdminAlertKind | ''>('');
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState<Entry | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, error, loading } = useLoad(() => adminAlerts(status || null, kind || null, 1), `${status}:${kind}:${version}`);
  const mail = useLoad(alertMail, String(version));
  const acknowledger = canAcknowledgeAlerts(permissions);

  const confirm = async (note: string) => {
    if (!pending) return;
    setBusy(true);
    try {
      await acknowledgeAlert(pending.id, note);
      notify('Alert acknowledged', { type: 'info' });
      setPending(null);
      setVersion((v) => v + 1);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const toggleMail = async (enabled: boolean) => {
    try {
      await setAlertMail(enabled);
      notify(enabled ? 'You will be mailed when an alert opens' : 'Alert mail is off', { type: 'info' });
      setVersion((v) => v + 1);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'Failed', { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title="Alerts" />
      <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="State"
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as AdminAlertStatus | '')}
          sx={{ width: 170 }}
        >
          <MenuItem value="">All</MenuItem>
          {STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {words(value)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label="Kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as AdminAlertKind | '')}
          sx={{ width: 240 }}
        >
          <MenuItem value="">All</MenuItem>
          {KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {words(value)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch checked={mail.data ?? false} disabled={mail.data === null} onChange={(e) => void toggleMail(e.target.checked)} />
          }
          label="Mail me when an alert opens"
        />
      </Stack>
      <LoadedRows
        rows={loading ? null : (data?.items ?? null)}
        error={error}
        loadingLabel="Loading alerts"
        empty={<Alert severity="success">No alerts match these filters.</Alert>}
      >
        {(rows) => (
          <ScrollBox>
            <Table size="small" data-testid="admin-alerts" sx={{ minWidth: 760 }}>
              <TableHead>
                <TableRow>
                  <TableCell>Kind</TableCell>
                  <TableCell>About</TableCell>
                  <TableCell>Opened</TableCell>
                  <TableCell>Details</TableCell>
                  <TableCell>State</TableCell>
                  {acknowledger ? <TableCell>Action</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((entry) => (
                  <TableRow key={entry.id} data-alert={entry.id}>
                    <TableCell>{words(entry.kind)}</TableCell>
                    <TableCell>
                      {entry.customerId ? <Link to={`/customers/${entry.customerId}/show`}>{entry.subject}</Link> : entry.subject}
                    </TableCell>
                    <TableCell>{when(entry.openedAt)}</TableCell>
                    <TableCell>
                      <Details details={entry.details} />
                    </TableCell>
                    <TableCell>
                      {words(entry.status)}
                      {entry.status !== 'OPEN' ? (
                        <Typography variant="caption" sx={{ display: 'block' }}>
                          {when(entry.closedAt)}
                          {entry.acknowledgedByEmail ? ` · ${entry.acknowledgedByEmail}` : ''}
                          {entry.acknowledgementNote ? ` · ${entry.acknowledgementNote}` : ''}
                        </Typography>
                      ) : null}
                    </TableCell>
                    {acknowledger ? (
                      <TableCell>
                        {entry.status === 'OPEN' ? (
                          <Button size="small" onClick={() => setPending(entry)}>
                            Acknowledge
                          </Button>
                        ) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
        )}
      </LoadedRows>
      {data && data.totalCount > data.items.length ? (
        <Typography variant="caption">
          Showing the newest {data.items.length} of {data.totalCount}; narrow the filters to see others.
        </Typography>
      ) : null}
      <ReasonDialog
        open={pending !== null}
        busy={busy}
        title={pending ? `Acknowledge the ${words(pending.kind)} alert about ${pending.subject}?` : ''}
        confirmLabel="Acknowledge"
        onClose={() => setPending(null)}
        onConfirm={confirm}
      />
    </Box>
  );
}
