import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading } from 'react-admin';
import { useLoad } from '../dashboard/use-load';
import { percent } from '../layout/format';
import { ScrollBox } from '../layout/ScrollBox';
import { query } from '../providers/apollo';
import { RevenueCohortsDocument } from './reports.graphql';

const MONTHS = 12;
/** Column labels: M0 is the cohort month, Mk the k-th month after it. */
const OFFSETS = Array.from({ length: MONTHS }, (_, k) => ({ k, label: `M${k}` }));

/** Logo retention by first paid month: row = cohort, column k = share still paying k months later. */
export function CohortRetention() {
  const { data, error, loading } = useLoad(() => query(RevenueCohortsDocument, { months: MONTHS }), 'cohorts');
  if (error) return <Alert severity="error">{error}</Alert>;
  if (loading) return <Loading />;
  if (!data) return null;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        Cohort retention (customers by first paid month, share still paying at each later month end)
      </Typography>
      <ScrollBox>
        <Table size="small" data-testid="cohort-retention">
          <TableHead>
            <TableRow>
              <TableCell>Cohort</TableCell>
              <TableCell align="right">Customers</TableCell>
              {OFFSETS.map(({ label }) => (
                <TableCell key={label} align="right">
                  {label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.revenueCohorts.map((cohort) => (
              <TableRow key={cohort.cohort} data-testid={`cohort-${cohort.cohort}`}>
                <TableCell>{cohort.cohort}</TableCell>
                <TableCell align="right">{cohort.customers}</TableCell>
                {OFFSETS.map(({ k, label }) => (
                  <TableCell key={label} align="right">
                    {cohort.customers === 0 || k >= cohort.retention.length ? '' : percent(cohort.retention[k] ?? 0)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
    </>
  );
}
