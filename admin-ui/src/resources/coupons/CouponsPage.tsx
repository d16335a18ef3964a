import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useNotify, usePermissions } from 'react-admin';
import { useLoad } from '../../dashboard/use-load';
import { LoadedRows } from '../../layout/LoadedRows';
import { type Coupon, couponTerms, coupons, deleteCoupon } from '../../providers/data/coupons';
import { canManageCoupons } from '../../roles';
import { NewCouponDialog } from './NewCouponDialog';

/** Stripe's live coupons; admins create and delete them, finance and support read. */
export function CouponsPage() {
  const { permissions } = usePermissions();
  const notify = useNotify();
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad(coupons, String(version));
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Coupon | null>(null);
  const [busy, setBusy] = useState(false);
  const manager = canManageCoupons(permissions);

  const confirmDelete = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await deleteCoupon(deleting.id);
      notify(`Coupon ${deleting.name ?? deleting.id} deleted; customers who have it keep their discount.`, { type: 'info' });
      setDeleting(null);
      setVersion((v) => v + 1);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title="Coupons" />
      <Typography variant="body2" sx={{ mb: 2 }}>
        A coupon takes a percent or an amount off a subscription's invoices, once, for some months or forever. Apply one from a customer's
        page.
      </Typography>
      {manager ? (
        <Button variant="contained" sx={{ mb: 2 }} onClick={() => setCreating(true)}>
          New coupon
        </Button>
      ) : null}
      <LoadedRows rows={data} error={error} loadingLabel="Loading coupons" empty={<Alert severity="info">No coupon yet.</Alert>}>
        {(rows) => (
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="coupons">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Terms</TableCell>
                  <TableCell>Redeemed</TableCell>
                  <TableCell>Created</TableCell>
                  {manager ? <TableCell>Actions</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((coupon) => (
                  <TableRow key={coupon.id} data-coupon={coupon.id}>
                    <TableCell>
                      {coupon.name ?? '—'}
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {coupon.id}
                      </Typography>
                    </TableCell>
                    <TableCell>{couponTerms(coupon)}</TableCell>
                    <TableCell>{coupon.timesRedeemed}</TableCell>
                    <TableCell>{new Date(coupon.createdAt).toLocaleDateString()}</TableCell>
                    {manager ? (
                      <TableCell>
                        <Button size="small" color="error" onClick={() => setDeleting(coupon)}>
                          Delete
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </LoadedRows>
      <NewCouponDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          notify(`Coupon ${name} created.`, { type: 'success' });
          setCreating(false);
          setVersion((v) => v + 1);
        }}
      />
      <Dialog open={deleting !== null} onClose={() => setDeleting(null)}>
        <DialogTitle>Delete coupon {deleting?.name ?? deleting?.id}?</DialogTitle>
        <DialogContent>
          <Typography>No customer can get it any more. Customers who have it keep their discount until it ends.</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>Cancel</Button>
          <Button color="error" variant="contained" disabled={busy} onClick={confirmDelete}>
            Delete
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
