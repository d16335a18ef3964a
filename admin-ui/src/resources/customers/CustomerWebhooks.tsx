import {
  Alert,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useLoad } from '../../dashboard/use-load';
import { customerWebhooks } from '../../providers/data/customers';

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** The customer's webhook endpoints and their newest deliveries, read-only: the customer manages them in the portal. */
export function CustomerWebhooks() {
  const customer = useRecordContext<{ id: string }>();
  const id = customer ? String(customer.id) : '';
  const { data, error } = useLoad(id ? () => customerWebhooks(id) : null, id);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return <CircularProgress size={24} aria-label="Loading webhooks" />;
  if (data.length === 0) return <Alert severity="info">This customer has no webhook endpoints.</Alert>;
  return (
    <Stack spacing={2} data-testid="customer-webhooks">
      {data.map(({ endpoint, recentDeliveries }) => (
        <Card key={endpoint.id} variant="outlined" aria-label={`Endpoint ${endpoint.url}`}>
          <CardContent>
            <Typography variant="h6" sx={{ overflowWrap: 'anywhere' }}>
              {endpoint.url}{' '}
              <Chip size="small" label={endpoint.enabled ? 'enabled' : 'disabled'} color={endpoint.enabled ? 'success' : 'default'} />
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {endpoint.description ? `${endpoint.description} · ` : ''}
              {endpoint.eventTypes.join(', ')} · added {when(endpoint.createdAt)} · {endpoint.failureStreak} failed in a row
            </Typography>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              Newest {recentDeliveries.items.length} of {recentDeliveries.totalCount} deliveries
            </Typography>
            <TableContainer>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Event</TableCell>
                    <TableCell>Status</TableCell>
                    <TableCell align="right">Attempts</TableCell>
                    <TableCell>Answer</TableCell>
                    <TableCell>Last attempt</TableCell>
                    <TableCell>Next attempt</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {recentDeliveries.items.map((delivery) => (
                    <TableRow key={delivery.id}>
                      <TableCell title={delivery.eventId}>{delivery.eventType}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          label={delivery.status}
                          color={delivery.status === 'succeeded' ? 'success' : delivery.status === 'failed' ? 'error' : 'default'}
                        />
                      </TableCell>
                      <TableCell align="right">{delivery.attempts}</TableCell>
                      <TableCell>
                        {delivery.lastStatusCode === null || delivery.lastStatusCode === undefined
                          ? (delivery.lastError ?? '—')
                          : `HTTP ${delivery.lastStatusCode}`}
                        {delivery.lastLatencyMs === null || delivery.lastLatencyMs === undefined ? '' : ` in ${delivery.lastLatencyMs} ms`}
                      </TableCell>
                      <TableCell>{when(delivery.lastAttemptAt)}</TableCell>
                      <TableCell>{when(delivery.nextAttemptAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
