import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../dashboard/ChartCard';
import { useLoad } from '../../dashboard/use-load';
import { customerUsage } from '../../providers/data/credits';

const DAYS = 30;

/** Usage by day and by operation over the last 30 days, and the newest ledger entries. */
export function CustomerUsage({ ledger = false }: { ledger?: boolean }) {
  const customer = useRecordContext<{ id: string }>();
  const id = customer?.id ?? '';
  const { data, error } = useLoad(id ? () => customerUsage(id, DAYS) : null, id);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return null;
  if (ledger) {
    return (
      <Table size="small" data-testid="ledger">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell align="right">Credits</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Request</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.ledger.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>{new Date(entry.createdAt).toLocaleString()}</TableCell>
              <TableCell>{entry.kind}</TableCell>
              <TableCell align="right">{entry.credits.toLocaleString()}</TableCell>
              <TableCell>{entry.reason ?? '—'}</TableCell>
              <TableCell>{entry.requestId ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} data-testid="usage">
      <ChartCard title={`Credits charged per day, last ${DAYS} days`} testId="chart-usage">
        <ResponsiveContainer>
          <BarChart data={data.usageByDay}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="chargedCredits" name="Charged" stackId="c" fill="#1976d2" />
            <Bar dataKey="overageCredits" name="Of which overage" fill="#f57c00" />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title="Calls, errors and p95 latency (ms)">
        <ResponsiveContainer>
          <LineChart data={data.usageByDay}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
            <YAxis yAxisId="n" allowDecimals={false} />
            <YAxis yAxisId="ms" orientation="right" />
            <Tooltip />
            <Legend />
            <Line yAxisId="n" dataKey="calls" name="Calls" stroke="#388e3c" />
            <Line yAxisId="n" dataKey="errors" name="Errors" stroke="#d32f2f" />
            <Line yAxisId="ms" dataKey="p95LatencyMs" name="p95 ms" stroke="#7b1fa2" />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
      <Box sx={{ flex: '1 1 100%' }}>
        <Typography variant="subtitle1">By operation</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Operation</TableCell>
              <TableCell align="right">Calls</TableCell>
              <TableCell align="right">Credits charged</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.usageByOperation.map((row) => (
              <TableRow key={row.operationName}>
                <TableCell>{row.operationName}</TableCell>
                <TableCell align="right">{row.calls.toLocaleString()}</TableCell>
                <TableCell align="right">{row.chargedCredits.toLocaleString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
