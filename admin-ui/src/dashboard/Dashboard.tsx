import { Alert, Box, Typography } from '@mui/material';
import { Title, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { money, percent } from '../layout/format';
import { query } from '../providers/apollo';
import { canReadFinance, canReadKeysAndAudit } from '../roles';
import { ChartCard } from './ChartCard';
import { listPath } from './list-link';
import { KpiTiles } from './KpiTiles';
import { SeriesChart } from './SeriesChart';
import { DashboardDocument, RevenueMetricsDocument } from './dashboard.graphql';
import { useLoad } from './use-load';
import { Loading } from '../layout/Loading';

const COLORS = ['#1976d2', '#d32f2f', '#9e9e9e', '#388e3c', '#f57c00', '#7b1fa2'];
const monthDay = (day: string) => day.slice(5);
/** Chart values are dollars; money() takes cents. */
const dollars = (value: number) => money(value * 100);

function RevenueCharts({ failedPayments }: { failedPayments: number | null }) {
  const navigate = useNavigate();
  // Every revenue chart is by month; a month opens the invoices issued in it, the rows its billed revenue sums.
  const invoicesOf = ({ month }: { month: string }) => navigate(listPath('invoices', { issuedMonth: month }));
  // The overage chart opens only the month's invoices that billed overage.
  const invoicesWithOverageOf = ({ month }: { month: string }) =>
    navigate(listPath('invoices', { issuedMonth: month, hasOverage: 'true' }));
  const { data, error, loading } = useLoad(() => query(RevenueMetricsDocument, { months: 12 }), 'revenue');
  if (error) return <Alert severity="error">{error}</Alert>;
  if (loading) return <Loading label="Loading revenue" />;
  if (!data) return null;
  const months = data.revenueMetrics.map((month) => ({
    ...month,
    mrr: month.mrrCents / 100,
    arr: month.arrCents / 100,
    arpu: month.arpuCents / 100,
    billed: month.billedCents / 100,
    overage: month.overageCents / 100,
  }));
  const latest = months.at(-1);
  return (
    <>
      <KpiTiles months={data.revenueMetrics} failedPayments={failedPayments} pastDueCents={data.pastDueCents} />
      <Typography variant="h6" sx={{ mt: 3 }} data-testid="revenue-headline">
        MRR {money(latest?.mrrCents)} · ARR {money(latest?.arrCents)} · ARPU {money(latest?.arpuCents)} · NRR{' '}
        {latest ? percent(latest.netRevenueRetention) : '—'}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
        <ChartCard title="MRR by month" testId="chart-mrr">
          <SeriesChart
            kind="area"
            data={months}
            x="month"
            onSelect={invoicesOf}
            tooltip={dollars}
            series={[{ key: 'mrr', name: 'MRR', color: '#1976d2', fill: '#90caf9' }]}
          />
        </ChartCard>
        <ChartCard title="New and churned paying customers">
          <SeriesChart
            kind="bar"
            data={months}
            x="month"
            onSelect={invoicesOf}
            integers
            legend
            series={[
              { key: 'newCustomers', name: 'New', color: '#388e3c' },
              { key: 'churnedCustomers', name: 'Churned', color: '#d32f2f' },
            ]}
          />
        </ChartCard>
        <ChartCard title="Logo and revenue churn, net revenue retention">
          <SeriesChart
            kind="line"
            data={months}
            x="month"
            onSelect={invoicesOf}
            legend
            yTick={percent}
            tooltip={percent}
            series={[
              { key: 'logoChurnRate', name: 'Logo churn', color: '#d32f2f' },
              { key: 'revenueChurnRate', name: 'Revenue churn', color: '#f57c00' },
              { key: 'netRevenueRetention', name: 'NRR', color: '#388e3c' },
            ]}
          />
        </ChartCard>
        <ChartCard title="Billed and overage revenue by month" testId="chart-billed">
          <SeriesChart
            kind="bar"
            data={months}
            x="month"
            onSelect={invoicesOf}
            legend
            tooltip={dollars}
            series={[
              { key: 'billed', name: 'Billed', color: '#1976d2' },
              { key: 'overage', name: 'Of which overage', color: '#f57c00' },
            ]}
          />
        </ChartCard>
        <ChartCard title="Overage revenue by month" testId="chart-overage">
          <SeriesChart
            kind="bar"
            data={months}
            x="month"
            onSelect={invoicesWithOverageOf}
            tooltip={dollars}
            series={[{ key: 'overage', name: 'Overage', color: '#f57c00' }]}
          />
        </ChartCard>
        <ChartCard title="ARPU by month">
          <SeriesChart
            kind="bar"
            data={months}
            x="month"
            onSelect={invoicesOf}
            tooltip={dollars}
            series={[{ key: 'arpu', name: 'ARPU', color: '#7b1fa2' }]}
          />
        </ChartCard>
      </Box>
    </>
  );
}

export function Dashboard() {
  const { permissions } = usePermissions();
  const { data, error, loading } = useLoad(() => query(DashboardDocument, {}), 'dashboard');
  const dashboard = data?.adminDashboard;
  const navigate = useNavigate();
  // A slice opens the customer list filtered to its status (the chart counts rows by stored value, the list filters by enum name).
  const customersWith = (status: string) => navigate(listPath('customers', { status: status.toUpperCase() }));
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="Dashboard" />
      {/* Revenue comes first for finance: the KPI tiles, then the revenue charts. */}
      {canReadFinance(permissions) ? (
        <RevenueCharts failedPayments={dashboard ? dashboard.failedPaymentsByDay.reduce((sum, day) => sum + day.count, 0) : null} />
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {loading ? <Loading label="Loading the dashboard" /> : null}
      {dashboard ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <ChartCard title="Customers by status" testId="chart-customers-by-status">
            <ResponsiveContainer>
              <PieChart>
                <Pie data={dashboard.customersByStatus} dataKey="count" nameKey="key" label>
                  {dashboard.customersByStatus.map((entry, index) => (
                    <Cell
                      key={entry.key}
                      fill={COLORS[index % COLORS.length]}
                      cursor="pointer"
                      data-testid={`slice-${entry.key}`}
                      onClick={() => customersWith(entry.key)}
                    />
                  ))}
                </Pie>
                <Tooltip />
                <Legend />
              </PieChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Active customers by plan" testId="chart-plan-mix">
            <SeriesChart
              kind="bar"
              data={dashboard.activeCustomersByPlan}
              x="key"
              integers
              onSelect={(plan) => navigate(listPath('customers', { status: 'ACTIVE', planCode: plan.key }))}
              series={[{ key: 'count', name: 'Customers', color: '#1976d2' }]}
            />
          </ChartCard>
          <ChartCard title="New customers, last 30 days">
            <SeriesChart
              kind="line"
              data={dashboard.newCustomersByDay}
              x="day"
              xTick={monthDay}
              integers
              onSelect={() => navigate('/customers')}
              series={[{ key: 'count', name: 'New customers', color: '#388e3c' }]}
            />
          </ChartCard>
          <ChartCard title="Usage: calls and credits per day" testId="chart-usage-trend">
            <SeriesChart
              kind="line"
              data={data?.adminUsage.byDay ?? []}
              x="day"
              xTick={monthDay}
              integers
              legend
              onSelect={() => navigate('/usage')}
              series={[
                { key: 'calls', name: 'Calls', color: '#388e3c' },
                { key: 'chargedCredits', name: 'Credits', color: '#1976d2' },
              ]}
            />
          </ChartCard>
          <ChartCard title="Error rate and p95 latency">
            <SeriesChart
              kind="line"
              data={(data?.adminUsage.byDay ?? []).map((day) => ({ ...day, errorRate: day.calls === 0 ? 0 : day.errors / day.calls }))}
              x="day"
              xTick={monthDay}
              yTick={percent}
              legend
              onSelect={() => navigate('/usage')}
              series={[
                { key: 'errorRate', name: 'Error rate', color: '#d32f2f' },
                { key: 'p95LatencyMs', name: 'p95 ms', color: '#7b1fa2', axis: 'right' },
              ]}
            />
          </ChartCard>
          <ChartCard title="Failed payments per day">
            <SeriesChart
              kind="bar"
              data={dashboard.failedPaymentsByDay}
              x="day"
              xTick={monthDay}
              integers
              onSelect={() => navigate('/dunning')}
              series={[{ key: 'count', name: 'Failed payments', color: '#d32f2f' }]}
            />
          </ChartCard>
          <ChartCard title="API keys by status">
            <SeriesChart
              kind="bar"
              data={dashboard.apiKeysByStatus}
              x="key"
              integers
              onSelect={
                // Finance has no keys list, so its keys chart stays a picture.
                canReadKeysAndAudit(permissions) ? (keys) => navigate(listPath('apiKeys', { status: keys.key.toUpperCase() })) : undefined
              }
              series={[{ key: 'count', name: 'Keys', color: '#f57c00' }]}
            />
          </ChartCard>
        </Box>
      ) : null}
    </Box>
  );
}
