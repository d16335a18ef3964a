import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Loading } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import { money, percent } from '../layout/format';
import { ScrollBox } from '../layout/ScrollBox';
import { query } from '../providers/apollo';
import { CustomerMarginsDocument } from './reports.graphql';

/** Top customers by billed revenue over the report's months, with what their simulations cost us (docs/revenue-metrics.md). */
export function CustomerMargins({ from, to }: { from: string; to: string }) {
  const { data, error, loading } = useLoad(() => query(CustomerMarginsDocument, { from, to }), `${from}|${to}`);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (loading) return <Loading />;
  if (!data) return null;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        Gross margin of the top customers by revenue (margin = billed revenue − compute hours × cost per compute-hour)
      </Typography>
      <ScrollBox>
        <Table size="small" data-testid="customer-margins">
          <TableHead>
            <TableRow>
              <TableCell>Customer</TableCell>
              <TableCell align="right">Revenue</TableCell>
              <TableCell align="right">Compute</TableCell>
              <TableCell align="right">Compute cost</TableCell>
              <TableCell align="right">Margin</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.customerMargins.map((row) => (
              <TableRow key={row.customerId} data-testid={`margin-${row.customerId}`}>
                <TableCell>
                  <Link to={`/customers/${row.customerId}/show`}>{row.company}</Link>
                </TableCell>
                <TableCell align="right">{money(row.revenueCents)}</TableCell>
                <TableCell align="right">{(row.computeSeconds / 3600).toFixed(2)} h</TableCell>
                <TableCell align="right">{money(row.computeCostCents)}</TableCell>
                <TableCell align="right">
                  {money(row.marginCents)} ({row.marginRate === null ? '—' : percent(row.marginRate)})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
      {data.customerMargins.length === 0 ? <Typography variant="body2">No billed revenue in these months.</Typography> : null}
    </>
  );
}
