import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading } from 'react-admin';
import { RevenueMetricsDocument } from '../dashboard/dashboard.graphql';
import { useLoad } from '../dashboard/use-load';
import { money, percent } from '../layout/format';
import { ScrollBox } from '../layout/ScrollBox';
import { query } from '../providers/apollo';

const rate = (value: number | null) => (value === null ? '—' : percent(value));

/**
 * Per month: lifetime value, payment success and recovery, upgrades and downgrades, newest first.
 * Definitions in docs/revenue-metrics.md; LTV is ARPU / logo churn, so a month nobody churned has none.
 */
export function RevenueHealth() {
  const { data, error, loading } = useLoad(() => query(RevenueMetricsDocument, { months: 12 }), 'health');
  if (error) return <Alert severity="error">{error}</Alert>;
  if (loading) return <Loading />;
  if (!data) return null;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        Customer health by month (LTV = ARPU / logo churn: what an average paying customer is worth over the months churn lets them stay)
      </Typography>
      <ScrollBox>
        <Table size="small" data-testid="revenue-health">
          <TableHead>
            <TableRow>
              <TableCell>Month</TableCell>
              <TableCell align="right">LTV</TableCell>
              <TableCell align="right">Payment success</TableCell>
              <TableCell align="right">Failed-payment recovery</TableCell>
              <TableCell align="right">Upgrades</TableCell>
              <TableCell align="right">Downgrades</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...data.revenueMetrics].reverse().map((month) => (
              <TableRow key={month.month} data-testid={`health-${month.month}`}>
                <TableCell>{month.month}</TableCell>
                <TableCell align="right">{month.ltvCents === null ? '—' : money(month.ltvCents)}</TableCell>
                <TableCell align="right">{rate(month.paymentSuccessRate)}</TableCell>
                <TableCell align="right">{rate(month.failedPaymentRecoveryRate)}</TableCell>
                <TableCell align="right">
                  {month.upgradedCustomers} ({percent(month.upgradeRate)})
                </TableCell>
                <TableCell align="right">
                  {month.downgradedCustomers} ({percent(month.downgradeRate)})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
    </>
  );
}
