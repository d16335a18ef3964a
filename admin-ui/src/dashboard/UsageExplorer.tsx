import { Alert, Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Link, Title } from 'react-admin';
import { query } from '../providers/apollo';
import { ChartCard } from './ChartCard';
import { SeriesChart } from './SeriesChart';
import { UsageExplorerDocument } from './dashboard.graphql';
import { useLoad } from './use-load';
import { Loading } from '../layout/Loading';

/** Usage of every customer: by day, by operation and the top customers, over 7 to 90 days. */
export function UsageExplorer() {
  const [days, setDays] = useState(30);
  const { data, error, loading } = useLoad(() => query(UsageExplorerDocument, { days }), String(days));
  const usage = data?.adminUsage;
  return (
    <Box sx={{ mt: 2 }} data-testid="usage-explorer">
      <Title title="Usage explorer" />
      <TextField
        select
        size="small"
        label="Window"
        value={days}
        onChange={(event) => setDays(Number(event.target.value))}
        sx={{ mb: 2, minWidth: 160 }}
      >
        {[7, 30, 90].map((value) => (
          <MenuItem key={value} value={value}>
            Last {value} days
          </MenuItem>
        ))}
      </TextField>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {loading ? <Loading label="Loading usage" /> : null}
      {usage ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <ChartCard title="Credits per day">
            <SeriesChart
              kind="bar"
              data={usage.byDay}
              x="day"
              xTick={(day) => day.slice(5)}
              integers
              legend
              series={[
                { key: 'chargedCredits', name: 'Charged', color: '#1976d2' },
                { key: 'overageCredits', name: 'Of which overage', color: '#f57c00' },
              ]}
            />
          </ChartCard>
          <ChartCard title="Credits by operation">
            <SeriesChart
              kind="bar"
              horizontal
              data={usage.byOperation}
              x="operationName"
              integers
              series={[{ key: 'chargedCredits', name: 'Credits', color: '#388e3c' }]}
            />
          </ChartCard>
          <ChartCard title="Top customers by credits">
            <SeriesChart
              kind="bar"
              horizontal
              data={usage.topCustomers}
              x="company"
              integers
              series={[{ key: 'chargedCredits', name: 'Credits', color: '#7b1fa2' }]}
            />
          </ChartCard>
          <Box sx={{ flex: '1 1 100%' }}>
            {usage.topCustomers.map((customer) => (
              <Box key={customer.customerId}>
                <Link to={`/customers/${customer.customerId}/show/usage`}>{customer.company}</Link>:{' '}
                {customer.chargedCredits.toLocaleString()} credits in {customer.calls.toLocaleString()} calls
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
