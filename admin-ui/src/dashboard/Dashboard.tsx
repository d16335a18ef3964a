import { Alert, Box, Typography } from '@mui/material';
import { Title, usePermissions } from 'react-admin';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { money, percent } from '../layout/format';
import { query } from '../providers/apollo';
import { canReadFinance } from '../roles';
import { ChartCard } from './ChartCard';
import { DashboardDocument, RevenueMetricsDocument } from './dashboard.graphql';
import { useLoad } from './use-load';

const COLORS = ['#1976d2', '#d32f2f', '#9e9e9e', '#388e3c', '#f57c00', '#7b1fa2'];

function RevenueCharts() {
  const { data, error } = useLoad(() => query(RevenueMetricsDocument, { months: 12 }), 'revenue');
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return null;
  const months = data.revenueMetrics.map((month) => ({ ...month, mrr: month.mrrCents / 100, arr: month.arrCents / 100, arpu: month.arpuCents / 100, billed: month.billedCents / 100, overage: month.overageCents / 100 }));
  const latest = months.at(-1);
  return (
    <>
      <Typography variant="h6" sx={{ mt: 3 }} data-testid="revenue-headline">
        MRR {money(latest?.mrrCents)} · ARR {money(latest?.arrCents)} · ARPU {money(latest?.arpuCents)} · NRR {latest ? percent(latest.netRevenueRetention) : '—'}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
        <ChartCard title="MRR by month" testId="chart-mrr">
          <ResponsiveContainer>
            <AreaChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip formatter={(value) => money(Number(value) * 100)} />
              <Area dataKey="mrr" name="MRR" stroke="#1976d2" fill="#90caf9" />
            </AreaChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="New and churned paying customers">
          <ResponsiveContainer>
            <BarChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="newCustomers" name="New" fill="#388e3c" />
              <Bar dataKey="churnedCustomers" name="Churned" fill="#d32f2f" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="Logo and revenue churn, net revenue retention">
          <ResponsiveContainer>
            <LineChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis tickFormatter={(value) => percent(Number(value))} />
              <Tooltip formatter={(value) => percent(Number(value))} />
              <Legend />
              <Line dataKey="logoChurnRate" name="Logo churn" stroke="#d32f2f" />
              <Line dataKey="revenueChurnRate" name="Revenue churn" stroke="#f57c00" />
              <Line dataKey="netRevenueRetention" name="NRR" stroke="#388e3c" />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="Billed and overage revenue by month">
          <ResponsiveContainer>
            <BarChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip formatter={(value) => money(Number(value) * 100)} />
              <Legend />
              <Bar dataKey="billed" name="Billed" fill="#1976d2" />
              <Bar dataKey="overage" name="Of which overage" fill="#f57c00" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title="ARPU by month">
          <ResponsiveContainer>
            <BarChart data={months}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip formatter={(value) => money(Number(value) * 100)} />
              <Bar dataKey="arpu" name="ARPU" fill="#7b1fa2" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Box>
    </>
  );
}

export function Dashboard() {
  const { permissions } = usePermissions();
  const { data, error } = useLoad(() => query(DashboardDocument, {}), 'dashboard');
  const dashboard = data?.adminDashboard;
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title="Dashboard" />
      {error ? <Alert severity="error">{error}</Alert> : null}
      {dashboard ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <ChartCard title="Customers by status" testId="chart-customers-by-status">
            <ResponsiveContainer>
              <PieChart>
                <Pie data={dashboard.customersByStatus} dataKey="count" nameKey="key" label>
                  {dashboard.customersByStatus.map((entry, index) => (
                    <Cell key={entry.key} fill={COLORS[index % COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip />
                <Legend />
              </PieChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Active customers by plan">
            <ResponsiveContainer>
              <BarChart data={dashboard.activeCustomersByPlan}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="key" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name="Customers" fill="#1976d2" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="New customers, last 30 days">
            <ResponsiveContainer>
              <LineChart data={dashboard.newCustomersByDay}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Line dataKey="count" name="New customers" stroke="#388e3c" />
              </LineChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Usage: calls and credits per day" testId="chart-usage-trend">
            <ResponsiveContainer>
              <LineChart data={data?.adminUsage.byDay ?? []}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line dataKey="calls" name="Calls" stroke="#388e3c" />
                <Line dataKey="chargedCredits" name="Credits" stroke="#1976d2" />
              </LineChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Error rate and p95 latency">
            <ResponsiveContainer>
              <LineChart data={(data?.adminUsage.byDay ?? []).map((day) => ({ ...day, errorRate: day.calls === 0 ? 0 : day.errors / day.calls }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                <YAxis yAxisId="rate" tickFormatter={(value) => percent(Number(value))} />
                <YAxis yAxisId="ms" orientation="right" />
                <Tooltip />
                <Legend />
                <Line yAxisId="rate" dataKey="errorRate" name="Error rate" stroke="#d32f2f" />
                <Line yAxisId="ms" dataKey="p95LatencyMs" name="p95 ms" stroke="#7b1fa2" />
              </LineChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="Failed payments per day">
            <ResponsiveContainer>
              <BarChart data={dashboard.failedPaymentsByDay}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name="Failed payments" fill="#d32f2f" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard title="API keys by status">
            <ResponsiveContainer>
              <BarChart data={dashboard.apiKeysByStatus}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="key" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name="Keys" fill="#f57c00" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </Box>
      ) : null}
      {canReadFinance(permissions) ? <RevenueCharts /> : null}
    </Box>
  );
}
