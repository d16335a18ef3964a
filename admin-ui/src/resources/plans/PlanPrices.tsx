import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useNotify, usePermissions, useRecordContext } from 'react-admin';
import type { ConsolePlanPriceVersionsQuery, ConsolePreviewPriceMigrationQuery } from '../../generated/graphql';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { money } from '../../layout/format';
import { mutate, query } from '../../providers/apollo';
import { canManageBilling } from '../../roles';
import { MigratePlanSubscribersDocument, PlanPriceVersionsDocument, PreviewPriceMigrationDocument } from './plans.graphql';

type Version = ConsolePlanPriceVersionsQuery['planPriceVersions'][number];
type Preview = ConsolePreviewPriceMigrationQuery['previewPlanPriceMigration'];

const subscriptions = (count: number) => `${count} subscription${count === 1 ? '' : 's'}`;
const overage = (cents: number | null) => (cents === null ? 'hard stop' : money(cents));

/**
 * The plan's Stripe price versions and the move of subscribers on older ones to the newest, which
 * takes effect at each subscriber's next renewal. Every role reads and previews; admins migrate.
 */
export function PlanPrices() {
  const record = useRecordContext<{ code: string }>();
  const code = record?.code ?? '';
  const { permissions } = usePermissions();
  const notify = useNotify();
  const [versions, setVersions] = useState<Version[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (code) setVersions((await query(PlanPriceVersionsDocument, { planCode: code })).planPriceVersions);
  }, [code]);
  useEffect(() => {
    load().catch((error: unknown) => notify(error instanceof Error ? error.message : 'Failed', { type: 'error' }));
  }, [load, notify]);

  const openPreview = async () => {
    try {
      setPreview((await query(PreviewPriceMigrationDocument, { planCode: code })).previewPlanPriceMigration);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    }
  };
  const migrate = async (reason: string) => {
    setBusy(true);
    try {
      const result = (await mutate(MigratePlanSubscribersDocument, { planCode: code, reason })).migratePlanSubscribers;
      notify(`Version ${result.targetVersion} from the next renewal for ${subscriptions(result.count)}`, { type: 'success' });
      setPreview(null);
      await load();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ p: 2 }} data-testid="price-versions">
      <Typography variant="h6">Price versions</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Version</TableCell>
            <TableCell>Price / month</TableCell>
            <TableCell>Overage / 1,000 credits</TableCell>
            <TableCell>Stripe prices</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Subscribers</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((version) => (
            <TableRow key={version.id} data-testid={`price-version-${version.version}`}>
              <TableCell>{version.current ? `${version.version} (current)` : version.version}</TableCell>
              <TableCell>{money(version.priceCents)}</TableCell>
              <TableCell>{overage(version.overageCentsPer1000Credits)}</TableCell>
              <TableCell>{[version.stripeBasePriceId, version.stripeMeteredPriceId].filter(Boolean).join(', ')}</TableCell>
              <TableCell>{new Date(version.createdAt).toLocaleString()}</TableCell>
              <TableCell>{version.subscribers}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <Button variant="outlined" onClick={openPreview} disabled={versions.length === 0}>
          Migrate subscribers
        </Button>
      </div>
      <ReasonDialog
        open={preview !== null}
        busy={busy}
        title={`Move ${subscriptions(preview?.count ?? 0)} to version ${preview?.targetVersion ?? ''} at their next renewal`}
        confirmLabel="Migrate"
        ready={canManageBilling(permissions) && (preview?.count ?? 0) > 0}
        onClose={() => setPreview(null)}
        onConfirm={migrate}
      >
        <Table size="small" data-testid="price-migration-preview">
          <TableHead>
            <TableRow>
              <TableCell>Customer</TableCell>
              <TableCell>Now</TableCell>
              <TableCell>New</TableCell>
              <TableCell>From</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(preview?.subscriptions ?? []).map((line) => (
              <TableRow key={line.subscriptionId}>
                <TableCell>{line.company}</TableCell>
                <TableCell>{money(line.currentPriceCents)}</TableCell>
                <TableCell>{money(line.newPriceCents)}</TableCell>
                <TableCell>{new Date(line.effectiveAt).toLocaleDateString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2">
          {canManageBilling(permissions)
            ? 'No proration: the current period stays as billed; the overage of this period is billed at the new rate.'
            : 'Only admins migrate subscribers; your role can preview.'}
        </Typography>
      </ReasonDialog>
    </Stack>
  );
}
