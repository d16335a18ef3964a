import { Alert, Button, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRecordContext } from 'react-admin';
import { useLoad } from '../../dashboard/use-load';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { applyCoupon, couponTerms, coupons, customerCoupon, removeCoupon } from '../../providers/data/coupons';
import { canManageCoupons } from '../../roles';

/** The coupon on the customer's subscription, with apply and remove for admins (each with a reason for the audit log). */
export function CustomerDiscount() {
  const customer = useRecordContext<{ id: string; company?: string }>();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const [version, setVersion] = useState(0);
  const customerId = customer?.id ?? null;
  const current = useLoad(customerId ? () => customerCoupon(customerId) : null, `${customerId}:${version}`);
  const manager = canManageCoupons(permissions);
  const available = useLoad(manager ? coupons : null, 'coupons');
  const [action, setAction] = useState<'apply' | 'remove' | null>(null);
  const [couponId, setCouponId] = useState('');
  const [busy, setBusy] = useState(false);
  if (!customerId) return null;

  const confirm = async (reason: string) => {
    setBusy(true);
    try {
      if (action === 'apply') await applyCoupon(couponId, customerId, reason);
      else await removeCoupon(customerId, reason);
      notify(action === 'apply' ? 'Coupon applied from the next invoice on.' : 'Coupon removed.', { type: 'info' });
      setAction(null);
      setVersion((v) => v + 1);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const coupon = current.data;
  return (
    <Stack spacing={1} data-testid="customer-discount">
      {current.error ? <Alert severity="error">{current.error}</Alert> : null}
      {current.loading ? <CircularProgress size={20} aria-label="Loading the discount" /> : null}
      {!current.loading && !current.error ? (
        <Typography>{coupon ? `${coupon.name ?? coupon.id}: ${couponTerms(coupon)}` : 'No discount.'}</Typography>
      ) : null}
      {manager && !current.loading ? (
        <Stack direction="row" spacing={1}>
          <Button size="small" onClick={() => setAction('apply')}>
            Apply coupon
          </Button>
          {coupon ? (
            <Button size="small" color="error" onClick={() => setAction('remove')}>
              Remove coupon
            </Button>
          ) : null}
        </Stack>
      ) : null}
      <ReasonDialog
        open={action !== null}
        busy={busy}
        ready={action === 'remove' || couponId !== ''}
        title={action === 'apply' ? `Apply a coupon to ${customer?.company ?? 'this customer'}?` : 'Remove the coupon?'}
        confirmLabel={action === 'apply' ? 'Apply' : 'Remove'}
        onClose={() => setAction(null)}
        onConfirm={confirm}
      >
        {action === 'apply' ? (
          <TextField
            select
            fullWidth
            margin="dense"
            name="couponId"
            label="Coupon"
            value={couponId}
            onChange={(event) => setCouponId(event.target.value)}
            helperText={available.error ?? ' '}
          >
            {(available.data ?? []).map((option) => (
              <MenuItem key={option.id} value={option.id}>
                {option.name ?? option.id}: {couponTerms(option)}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </ReasonDialog>
    </Stack>
  );
}
