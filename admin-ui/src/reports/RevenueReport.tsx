import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Loading, Title, usePermissions } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import type { RevenueGroupBy } from '../generated/graphql';
import { AccessDenied } from '../layout/AccessDenied';
import { money } from '../layout/format';
import { ScrollBox } from '../layout/ScrollBox';
import { query } from '../providers/apollo';
import { canReadFinance } from '../roles';
import { MrrReportDocument, RevenueReportDocument } from './reports.graphql';
import { RevenueHealth } from './RevenueHealth';
import { CohortRetention } from './CohortRetention';
import { CustomerMargins } from './CustomerMargins';

const thisMonth = () => new Date().toISOString().slice(0, 7);
const groupLabels: Record<RevenueGroupBy, string> = { MONTH: 'Month', PLAN: 'Plan', CUSTOMER: 'Customer' };

function MrrSnapshot({ month }: { month: string }) {
  const { data, error, loading } = useLoad(() => query(MrrReportDocument, { month, groupBy: 'PLAN' }), month);
  if (error) return <Alert severity="error">{error}</Alert>;
  const report = data?.mrrReport;
  if (loading) return <Loading />;
  if (!report) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" data-testid="mrr-total" data-cents={report.totalMrrCents}>
          MRR at the close of {report.month}: {money(report.totalMrrCents)} over {report.lineCount} subscriptions
        </Typography>
        <Typography variant="body2">
          {report.groups.map((group) => `${group.label} ${money(group.mrrCents)} (${group.lines})`).join(' · ') || 'No recurring revenue.'}
        </Typography>
        <Button sx={{ mt: 1 }} size="small" href={`/reports/mrr.csv?month=${encodeURIComponent(month)}`} download>
          MRR lines as CSV
        </Button>
      </CardContent>
    </Card>
  );
}

function Report() {
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [groupBy, setGroupBy] = useState<RevenueGroupBy>('MONTH');
  const { data, error } = useLoad(() => query(RevenueReportDocument, { from, to, groupBy }), `${from}|${to}|${groupBy}`);
  const report = data?.revenueReport;
  const reconciled = report ? report.billedCents === report.mirrorSubtotalCents : true;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Revenue report" />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField
          label="From"
          type="month"
          name="from"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          size="small"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label="To"
          type="month"
          name="to"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          size="small"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          label="Group by"
          value={groupBy}
          onChange={(event) => setGroupBy(event.target.value as RevenueGroupBy)}
          size="small"
        >
          {Object.entries(groupLabels).map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          href={`/reports/revenue.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
          download
          data-testid="download-csv"
        >
          Download CSV
        </Button>
      </Box>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {!report && !error ? <Loading /> : null}
      {report ? (
        <Card>
          <CardContent>
            <Typography variant="h6" data-testid="report-total" data-cents={report.billedCents}>
              Billed {report.from} – {report.to}: {money(report.billedCents)} on {report.invoiceCount} invoices ({report.lineCount} lines)
            </Typography>
            <Typography data-testid="report-net" data-cents={report.netCents}>
              Overage {money(report.overageCents)} · refunded {money(report.refundedCents)} · credit notes {money(report.creditedCents)} ·
              net {money(report.netCents)}
            </Typography>
            {reconciled ? (
              <Typography color="success.main" data-testid="reconciled">
                Reconciles with the invoice mirror to the cent.
              </Typography>
            ) : (
              <Alert severity="warning" data-testid="unreconciled" data-gap-cents={report.mirrorSubtotalCents - report.billedCents}>
                Lines sum to {money(report.billedCents)} but invoice subtotals to {money(report.mirrorSubtotalCents)}.
              </Alert>
            )}
            <ScrollBox>
              <Table size="small" sx={{ mt: 1 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{groupLabels[groupBy]}</TableCell>
                    <TableCell align="right">Lines</TableCell>
                    <TableCell align="right">Overage</TableCell>
                    <TableCell align="right">Billed</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.groups.map((group) => (
                    <TableRow key={group.key}>
                      <TableCell>{group.label}</TableCell>
                      <TableCell align="right">{group.lines}</TableCell>
                      <TableCell align="right">{money(group.overageCents)}</TableCell>
                      <TableCell align="right">{money(group.amountCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              Invoice lines {report.lines.length < report.lineCount ? `(first ${report.lines.length}; the CSV has all)` : ''}
            </Typography>
            <ScrollBox>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Issued</TableCell>
                    <TableCell>Invoice</TableCell>
                    <TableCell>Company</TableCell>
                    <TableCell>Kind</TableCell>
                    <TableCell>Plan</TableCell>
                    <TableCell>Description</TableCell>
                    <TableCell align="right">Amount</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.lines.map((line, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: an invoice's lines have no id of their own and keep their order.
                    <TableRow key={`${line.invoiceId}-${index}`}>
                      <TableCell>{new Date(line.issuedAt).toLocaleDateString()}</TableCell>
                      <TableCell>{line.invoiceNumber ?? line.invoiceId.slice(0, 8)}</TableCell>
                      <TableCell>{line.company ?? '—'}</TableCell>
                      <TableCell>{line.kind}</TableCell>
                      <TableCell>{line.planCode ?? '—'}</TableCell>
                      <TableCell>{line.description ?? '—'}</TableCell>
                      <TableCell align="right">{money(line.amountCents, line.currency.toUpperCase())}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
          </CardContent>
        </Card>
      ) : null}
      <CustomerMargins from={from} to={to} />
      <MrrSnapshot month={to} />
      <RevenueHealth />
      <CohortRetention />
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
