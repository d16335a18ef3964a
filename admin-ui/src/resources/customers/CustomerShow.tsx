import { Card, CardContent, Chip, Typography } from '@mui/material';
import {
  ChipField,
  DateField,
  FunctionField,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import type { ConsoleCustomerQuery } from '../../generated/graphql';
import { money } from '../../layout/format';
import { canReadBillingOps, canReadKeysAndAudit } from '../../roles';
import { ApiKeyGrid } from '../api-keys/ApiKeyList';
import { AuditGrid } from '../audit-log/AuditLogList';
import { CustomerDiscount } from '../coupons/CustomerDiscount';
import { InvoiceGrid, SubscriptionGrid } from '../billing/BillingLists';
import { CustomerActions } from './CustomerActions';
import { CustomerCredits } from './CustomerCredits';
import { CustomerTimeline } from './CustomerTimeline';
import { CustomerUsage } from './CustomerUsage';
import { CustomerWebhooks } from './CustomerWebhooks';

type Customer = ConsoleCustomerQuery['customer'];

function addressText(address: Customer['address']): string {
  if (!address) return '—';
  const parts = [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.state,
    address.country,
  ];
  return parts.filter((part) => part && part !== '').join(', ') || '—';
}

function SubscriptionCard() {
  const customer = useRecordContext<Customer>();
  const subscription = customer?.currentSubscription;
  if (!subscription) return <Typography>No subscription.</Typography>;
  return (
    <Card variant="outlined" sx={{ maxWidth: 560 }}>
      <CardContent>
        <Typography variant="h6">
          {subscription.planName} — {money(subscription.priceCents)} / month
        </Typography>
        <Typography data-testid="subscription-status">Status: {subscription.status}</Typography>
        <Typography>
          Period: {new Date(subscription.currentPeriodStart).toLocaleDateString()} –{' '}
          {new Date(subscription.currentPeriodEnd).toLocaleDateString()}
          {subscription.cancelAtPeriodEnd ? ' (cancels at period end)' : ''}
        </Typography>
        {subscription.pastDueSince ? (
          <Typography color="error">Past due since {new Date(subscription.pastDueSince).toLocaleDateString()}</Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}

export function CustomerShow() {
  const { permissions } = usePermissions();
  const staff = canReadKeysAndAudit(permissions);
  return (
    <Show actions={<CustomerActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Overview">
          <TextField source="company" />
          <TextField source="email" />
          <TextField source="billingEmail" emptyText="—" />
          <TextField source="taxId" label="Tax id" emptyText="—" />
          <FunctionField label="Address" render={(row: Customer) => addressText(row.address)} />
          <FunctionField
            label="Tags"
            render={(row: Partial<Customer>) => {
              // Opened from the list, the page first renders the list's record, which carries no tags.
              const tags = row.tags ?? [];
              return tags.length === 0 ? '—' : tags.map((tag) => <Chip key={tag} size="small" label={tag} sx={{ mr: 0.5 }} />);
            }}
          />
          <TextField source="notes" label="Notes (staff only)" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <ChipField source="status" />
          <TextField source="suspendedReason" emptyText="—" />
          <FunctionField label="API keys" render={(row: Customer) => `${row.keyCounts.active} active of ${row.keyCounts.total}`} />
          <DateField source="createdAt" showTime />
          <Labeled label="Subscription">
            <SubscriptionCard />
          </Labeled>
          <Labeled label="Discount">
            <CustomerDiscount />
          </Labeled>
        </TabbedShowLayout.Tab>
        {staff ? (
          <TabbedShowLayout.Tab label="Keys" path="keys">
            <ReferenceManyField reference="apiKeys" target="customerId" perPage={25} pagination={<Pagination />}>
              <ApiKeyGrid showCustomer={false} />
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        ) : null}
        <TabbedShowLayout.Tab label="Timeline" path="timeline">
          <CustomerTimeline />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Credits & limits" path="credits">
          <CustomerCredits />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Usage" path="usage">
          <CustomerUsage />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Ledger" path="ledger">
          <CustomerUsage ledger />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Invoices" path="invoices">
          <ReferenceManyField reference="invoices" target="customerId" perPage={25} pagination={<Pagination />}>
            <InvoiceGrid showCustomer={false} />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {staff ? (
          <TabbedShowLayout.Tab label="Webhooks" path="webhooks">
            <CustomerWebhooks />
          </TabbedShowLayout.Tab>
        ) : null}
        {canReadBillingOps(permissions) ? (
          <TabbedShowLayout.Tab label="Subscriptions" path="subscriptions">
            <ReferenceManyField reference="subscriptions" target="customerId" perPage={25} pagination={<Pagination />}>
              <SubscriptionGrid showCustomer={false} />
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        ) : null}
        {staff ? (
          <TabbedShowLayout.Tab label="Audit" path="audit">
            <ReferenceManyField reference="auditLog" target="targetId" perPage={25} pagination={<Pagination />}>
              <AuditGrid />
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
}
