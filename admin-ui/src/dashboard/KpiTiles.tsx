import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ConsoleRevenueMetricsQuery } from '../generated/graphql';
import { money, percent } from '../layout/format';

type Month = ConsoleRevenueMetricsQuery['revenueMetrics'][number];
type Tile = { label: string; value: string; now: number; before: number | null; upIsGood: boolean };

/** An arrow for the change since last month, green when the change is good for the business. */
function Trend({ now, before, upIsGood }: { now: number; before: number | null; upIsGood: boolean }) {
  if (before === null || now === before)
    return (
      <Typography component="span" color="text.secondary">
        {' '}
        —
      </Typography>
    );
  const up = now > before;
  return (
    <Typography
      component="span"
      data-trend={up ? 'up' : 'down'}
      color={up === upIsGood ? 'success.main' : 'error.main'}
      aria-label={up ? 'up from last month' : 'down from last month'}
    >
      {up ? ' ▲' : ' ▼'}
    </Typography>
  );
}

/**
 * The revenue KPIs of the latest month (definitions in docs/revenue-metrics.md), each with its
 * trend against the month before, the failed payments of the last 30 days and the amount past due now.
 */
export function KpiTiles({
  months,
  failedPayments,
  pastDueCents,
}: {
  months: readonly Month[];
  failedPayments: number | null;
  pastDueCents: number;
}) {
  const latest = months.at(-1);
  if (!latest) return null;
  const previous = months.at(-2) ?? null;
  const tiles: Tile[] = [
    { label: 'MRR', value: money(latest.mrrCents), now: latest.mrrCents, before: previous?.mrrCents ?? null, upIsGood: true },
    { label: 'ARR', value: money(latest.arrCents), now: latest.arrCents, before: previous?.arrCents ?? null, upIsGood: true },
    {
      label: 'NRR',
      value: percent(latest.netRevenueRetention),
      now: latest.netRevenueRetention,
      before: previous?.netRevenueRetention ?? null,
      upIsGood: true,
    },
    {
      label: 'Logo churn',
      value: percent(latest.logoChurnRate),
      now: latest.logoChurnRate,
      before: previous?.logoChurnRate ?? null,
      upIsGood: false,
    },
    { label: 'ARPU', value: money(latest.arpuCents), now: latest.arpuCents, before: previous?.arpuCents ?? null, upIsGood: true },
    {
      label: 'Overage this month',
      value: money(latest.overageCents),
      now: latest.overageCents,
      before: previous?.overageCents ?? null,
      upIsGood: true,
    },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2, mb: 2 }} data-testid="kpi-tiles">
      {tiles.map((tile) => (
        <Card key={tile.label} variant="outlined" data-testid={`kpi-${tile.label}`}>
          <CardContent>
            <Typography variant="body2" color="text.secondary">
              {tile.label}
            </Typography>
            <Typography variant="h6">
              {tile.value}
              <Trend now={tile.now} before={tile.before} upIsGood={tile.upIsGood} />
            </Typography>
          </CardContent>
        </Card>
      ))}
      {failedPayments === null ? null : (
        <Card variant="outlined" data-testid="kpi-Failed payments">
          <CardContent>
            <Typography variant="body2" color="text.secondary">
              Failed payments, 30 days
            </Typography>
            <Typography variant="h6">{failedPayments.toLocaleString()}</Typography>
          </CardContent>
        </Card>
      )}
      <Card variant="outlined" data-testid="kpi-Past due">
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            Past due now
          </Typography>
          <Typography variant="h6" data-cents={pastDueCents}>
            {money(pastDueCents)}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
}
