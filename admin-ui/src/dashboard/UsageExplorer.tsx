import { Alert, Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Link, Title } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { query } from '../providers/apollo';
import { ChartCard } from './ChartCard';
import { UsageExplorerDocument } from './dashboard.graphql';
import { useLoad } from './use-load';

/** Usage of every customer: by day, by operation and the top customers, over 7 to 90 days. */
export function UsageExplorer() {
  const [days, setDays] = useState(30);
  const { data, error } = useLoad(() => query(UsageExplorerDocument, { days }), String(days));
  const usage = data?.adminUsage;
  return (
    <Box sx={{ mt: 2 }} data-testid="usage-explorer">
      <Title title="Usage explorer" />
      <TextField select size="small" label="Window" value={days} onChange={(event) => setDays(Number(event.target.value))} sx={{ mb: 2, minWidth: 160 }}>
        {[7, 30, 90].map((value) => (
          <MenuItem key={value} value={value}>
            Last {value} days
          </MenuItem>
        ))}
      </TextField>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {usage ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <ChartCard title="Credits per day">
            <ResponsiveContainer>
              <BarChart data={usage.byDay}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar dataKey="chargedCredits" name="Charged" fill="#1976d2" />
                <Bar dataKey="overageCredits" name="Of which overage" fill="#f57c00" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Credits by operation">
            <ResponsiveContainer>
              <BarChart data={usage.byOperation} layout="vertical" margin={{ left: 80 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="operationName" width={120} />
                <Tooltip />
                <Bar dataKey="chargedCredits" name="Credits" fill="#388e3c" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Top customers by credits">
            <ResponsiveContainer>
              <BarChart data={usage.topCustomers} layout="vertical" margin={{ left: 80 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="company" width={120} />
                <Tooltip />
                <Bar dataKey="chargedCredits" name="Credits" fill="#7b1fa2" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <Box sx={{ flex: '1 1 100%' }}>
            {usage.topCustomers.map((customer) => (
              <Box key={customer.customerId}>
                <Link to={`/customers/${customer.customerId}/show/usage`}>{customer.company}</Link>: {customer.chargedCredits.toLocaleString()} credits in {customer.calls.toLocaleString()} calls
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
