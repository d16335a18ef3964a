import { Alert, Box, Button, Card, CardContent, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, usePermissions } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import type { RevenueGroupBy } from '../generated/graphql';
import { AccessDenied } from '../layout/AccessDenied';
import { money } from '../layout/format';
import { query } from '../providers/apollo';
import { canReadFinance } from '../roles';
import { RevenueReportDocument } from './reports.graphql';

function Report() {
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [groupBy, setGroupBy] = useState<RevenueGroupBy>('PLAN');
  const { data, error } = useLoad(() => query(RevenueReportDocument, { month, groupBy }), `${month}|${groupBy}`);
  const report = data?.revenueReport;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Revenue report" />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField label="Month" type="month" value={month} onChange={(event) => setMonth(event.target.value)} size="small" slotProps={{ inputLabel: { shrink: true } }} />
        <TextField select label="Group by" value={groupBy} onChange={(event) => setGroupBy(event.target.value as RevenueGroupBy)} size="small">
          <MenuItem value="PLAN">Plan</MenuItem>
          <MenuItem value="CUSTOMER">Customer</MenuItem>
        </TextField>
        <Button variant="contained" href={`/reports/revenue.csv?month=${encodeURIComponent(month)}`} download data-testid="download-csv">
          Download CSV
        </Button>
      </Box>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {!report && !error ? <Loading /> : null}
      {report ? (
        <Card>
          <CardContent>
            <Typography variant="h6" data-testid="report-total" data-cents={report.totalMrrCents}>
              MRR at the close of {report.month}: {money(report.totalMrrCents)} over {report.lineCount} subscriptions
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{groupBy === 'PLAN' ? 'Plan' : 'Customer'}</TableCell>
                  <TableCell align="right">Subscriptions</TableCell>
                  <TableCell align="right">MRR</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.groups.map((group) => (
                  <TableRow key={group.key}>
                    <TableCell>{group.label}</TableCell>
                    <TableCell align="right">{group.lines}</TableCell>
                    <TableCell align="right">{money(group.mrrCents)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              Lines {report.lines.length < report.lineCount ? `(first ${report.lines.length}; the CSV has all)` : ''}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Company</TableCell>
                  <TableCell>Plan</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell align="right">MRR</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.lines.map((line) => (
                  <TableRow key={line.subscriptionId}>
                    <TableCell>{line.company}</TableCell>
                    <TableCell>{line.planCode}</TableCell>
                    <TableCell>{line.status}</TableCell>
                    <TableCell align="right">{money(line.mrrCents)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
}

/** Finance pages render only for finance and super admins; the server refuses the others anyway. */
export function RevenueReport() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <Loading />;
  if (!canReadFinance(permissions)) return <AccessDenied what="Revenue reports are for finance and super admins." />;
  return <Report />;
}
