import { Alert, Chip, CircularProgress, List, ListItem, ListItemText } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useLoad } from '../../dashboard/use-load';
import { RecordLink } from '../../layout/RecordLink';
import { customerTimeline } from '../../providers/data/customers';

const kindLabels: Record<string, string> = {
  signup: 'Sign-up',
  subscription: 'Subscription',
  plan_change: 'Plan change',
  invoice: 'Invoice',
  payment: 'Payment',
  payment_failed: 'Payment failed',
  credit_pack: 'Credit pack',
  key: 'Key',
  support: 'Staff action',
};

/** Everything that happened to the account in one list, newest first; each entry links to its record. */
export function CustomerTimeline() {
  const customer = useRecordContext<{ id: string }>();
  const id = customer ? String(customer.id) : '';
  const { data, error } = useLoad(id ? () => customerTimeline(id) : null, id);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return <CircularProgress size={24} aria-label="Loading timeline" />;
  if (data.length === 0) return <Alert severity="info">Nothing has happened on this account yet.</Alert>;
  return (
    <List dense data-testid="customer-timeline">
      {data.map((entry) => (
        <ListItem
          key={`${entry.kind}-${entry.targetId ?? ''}-${entry.at}-${entry.title}`}
          divider
          data-kind={entry.kind}
          sx={{ gap: 2, flexWrap: 'wrap' }}
        >
          <Chip size="small" label={kindLabels[entry.kind] ?? entry.kind} color={entry.kind === 'payment_failed' ? 'error' : 'default'} />
          <ListItemText
            primary={entry.title}
            secondary={`${new Date(entry.at).toLocaleString()}${entry.actor ? ` · ${entry.actor}` : ''}`}
            sx={{ minWidth: 0, overflowWrap: 'anywhere' }}
          />
          {entry.targetId && entry.kind !== 'signup' ? <RecordLink type={entry.targetType} id={entry.targetId} label="Open" /> : null}
        </ListItem>
      ))}
    </List>
  );
}
