import { Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import { EditButton, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { ReasonDialog } from '../../layout/ReasonDialog';
import { useConsoleAction } from '../../layout/useConsoleAction';
import { reinstateCustomer, suspendCustomer } from '../../providers/data/customers';
import { resumeSubscription } from '../../providers/data/dunning';
import { canEditCustomers, canManageBilling, canOperateInvoices, canSuspend } from '../../roles';
import { CancelSubscriptionDialog, ChangePlanDialog } from './CustomerBillingActions';
import { IssueKeyDialog } from './IssueKeyDialog';
import { NewInvoiceDialog } from './NewInvoiceDialog';

/** Suspend (with a reason for the audit log) or reinstate, bill a one-off invoice, change plan or cancel; each shown to the roles the server allows. */
export function CustomerActions() {
  const record = useRecordContext<{
    id: string;
    status: string;
    currentSubscription?: { status: string; cancelAtPeriodEnd: boolean } | null;
  }>();
  const { permissions } = usePermissions();
  const [open, setOpen] = useState(false);
  const { busy, run } = useConsoleAction(() => setOpen(false));
  const [billing, setBilling] = useState<'plan' | 'cancel' | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [invoicing, setInvoicing] = useState(false);
  if (!record) return <TopToolbar />;
  const suspender = canSuspend(permissions);
  const billingStatus = canManageBilling(permissions) ? record.currentSubscription?.status : undefined;

  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {canEditCustomers(permissions) ? (
        <>
          <EditButton />
          <MuiButton variant="outlined" onClick={() => setIssuing(true)}>
            Issue key
          </MuiButton>
          <IssueKeyDialog customerId={record.id} open={issuing} onClose={() => setIssuing(false)} />
        </>
      ) : null}
      {canOperateInvoices(permissions) ? (
        <>
          <MuiButton variant="outlined" onClick={() => setInvoicing(true)}>
            New invoice
          </MuiButton>
          <NewInvoiceDialog customerId={record.id} open={invoicing} onClose={() => setInvoicing(false)} />
        </>
      ) : null}
      {billingStatus && billingStatus !== 'canceled' ? (
        <>
          <MuiButton variant="outlined" onClick={() => setBilling('plan')}>
            Change plan
          </MuiButton>
          {record.currentSubscription?.cancelAtPeriodEnd ? (
            <MuiButton
              variant="outlined"
              disabled={busy}
              onClick={() => run(() => resumeSubscription(record.id), 'Cancellation taken back; the subscription renews')}
            >
              Resume subscription
            </MuiButton>
          ) : (
            <MuiButton color="error" variant="outlined" onClick={() => setBilling('cancel')}>
              Cancel subscription
            </MuiButton>
          )}
          <ChangePlanDialog open={billing === 'plan'} onClose={() => setBilling(null)} />
          <CancelSubscriptionDialog open={billing === 'cancel'} onClose={() => setBilling(null)} />
        </>
      ) : null}
      {suspender && record.status === 'ACTIVE' ? (
        <MuiButton color="error" variant="outlined" onClick={() => setOpen(true)}>
          Suspend
        </MuiButton>
      ) : null}
      {suspender && record.status === 'SUSPENDED' ? (
        <MuiButton variant="outlined" disabled={busy} onClick={() => run(() => reinstateCustomer(record.id), 'Customer reinstated')}>
          Reinstate
        </MuiButton>
      ) : null}
      <ReasonDialog
        open={open}
        busy={busy}
        title="Suspend this customer? Its keys are limited to billing until reinstated."
        confirmLabel="Suspend customer"
        onClose={() => setOpen(false)}
        onConfirm={(reason) => run(() => suspendCustomer(record.id, reason), 'Customer suspended')}
      />
    </TopToolbar>
  );
}
