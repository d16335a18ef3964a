import { Button } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  ChipField,
  Datagrid,
  DateField,
  FunctionField,
  NumberField,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { List } from '../../layout/ConsoleList';
import { money } from '../../layout/format';
import { replayStripeEvent, retryOutboxRow } from '../../providers/data/billing';
import { canManageBilling, canReplayEvents } from '../../roles';
import { InvoiceActions } from './InvoiceActions';
import {
  customerFilter,
  invoiceStatuses,
  outboxStatuses,
  statusAndCustomerFilters,
  stripeEventStatuses,
  subscriptionStatuses,
} from './billing-filters';

const subscriptionFilters = statusAndCustomerFilters(subscriptionStatuses);
// The issue month is how a revenue chart's month opens this list (?filter={"issuedMonth":"2026-03"}).
const invoiceFilters = [
  ...statusAndCustomerFilters(invoiceStatuses),
  <TextInput key="issuedMonth" source="issuedMonth" label="Issued in (YYYY-MM)" alwaysOn />,
  // How the overage chart opens its month: ?filter={"issuedMonth":"2026-03","hasOverage":"true"}.
  <BooleanInput key="hasOverage" source="hasOverage" label="With overage" alwaysOn />,
];
const outboxFilters = statusAndCustomerFilters(outboxStatuses);

function CustomerLink() {
  return (
    <ReferenceField source="customerId" reference="customers" link="show" sortable={false} emptyText="—">
      <TextField source="company" />
    </ReferenceField>
  );
}

export function SubscriptionGrid({ showCustomer = true }: { showCustomer?: boolean }) {
  return (
    <Datagrid bulkActionButtons={false} rowClick={false}>
      {showCustomer ? <CustomerLink /> : null}
      <TextField source="planCode" label="Plan" sortable={false} />
      <ChipField source="status" sortable={false} />
      <DateField source="currentPeriodStart" sortable={false} />
      <DateField source="currentPeriodEnd" sortable={false} />
      <BooleanField source="cancelAtPeriodEnd" sortable={false} />
      <DateField source="pastDueSince" emptyText="—" sortable={false} />
      <DateField source="canceledAt" emptyText="—" sortable={false} />
    </Datagrid>
  );
}

export function SubscriptionList() {
  return (
    <List filters={subscriptionFilters}>
      <SubscriptionGrid />
    </List>
  );
}

type InvoiceRow = {
  status: string;
  currency: string;
  totalCents: number;
  amountPaidCents: number;
  amountDueCents: number;
  amountRefundedCents: number;
  hostedInvoiceUrl: string | null;
  invoicePdfUrl: string | null;
};

/** Stripe's own page and PDF of a finalized invoice, opened in a new tab; drafts have neither. */
function InvoiceLinks({ row }: { row: InvoiceRow }) {
  if (!row.hostedInvoiceUrl) return <>—</>;
  return (
    <>
      <a href={row.hostedInvoiceUrl} target="_blank" rel="noreferrer">
        View
      </a>
      {row.invoicePdfUrl ? (
        <>
          {' · '}
          <a href={row.invoicePdfUrl} target="_blank" rel="noreferrer">
            PDF
          </a>
        </>
      ) : null}
    </>
  );
}

/** What is still owed: Stripe's amount_due stays at the total once paid, so paid and void owe nothing. */
const remainingCents = (row: InvoiceRow) =>
  row.status === 'paid' || row.status === 'void' ? 0 : Math.max(0, row.amountDueCents - row.amountPaidCents);

export function InvoiceGrid({ showCustomer = true }: { showCustomer?: boolean }) {
  return (
    <Datagrid bulkActionButtons={false} rowClick="show" resource="invoices">
      <TextField source="number" emptyText="—" sortable={false} />
      {showCustomer ? <CustomerLink /> : null}
      <ChipField source="status" sortable={false} />
      <TextField source="billingReason" emptyText="—" sortable={false} />
      <FunctionField label="Total" render={(row: InvoiceRow) => money(row.totalCents, row.currency.toUpperCase())} />
      <FunctionField label="Paid" render={(row: InvoiceRow) => money(row.amountPaidCents, row.currency.toUpperCase())} />
      <FunctionField label="Due" render={(row: InvoiceRow) => money(remainingCents(row), row.currency.toUpperCase())} />
      <FunctionField label="Refunded" render={(row: InvoiceRow) => money(row.amountRefundedCents, row.currency.toUpperCase())} />
      <DateField source="periodStart" sortable={false} />
      <DateField source="periodEnd" sortable={false} />
      <DateField source="issuedAt" showTime sortable={false} />
      <FunctionField label="Invoice" render={(row: InvoiceRow) => <InvoiceLinks row={row} />} />
      <InvoiceActions />
    </Datagrid>
  );
}

export function InvoiceList() {
  return (
    <List filters={invoiceFilters}>
      <InvoiceGrid />
    </List>
  );
}

function ReplayButton() {
  const event = useRecordContext<{ id: string; status: string }>();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!event || !canReplayEvents(permissions) || event.status === 'processed') return null;
  const replay = async () => {
    try {
      const result = await replayStripeEvent(event.id);
      notify(`Replayed: ${result.status}${result.error ? ` (${result.error})` : ''}`, { type: result.error ? 'warning' : 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    }
  };
  return (
    <Button size="small" onClick={replay}>
      Replay
    </Button>
  );
}

export function StripeEventList() {
  return (
    <List filters={[<SelectInput key="status" source="status" choices={stripeEventStatuses} alwaysOn />]}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="type" sortable={false} />
        <TextField source="objectId" emptyText="—" sortable={false} />
        <ChipField source="status" sortable={false} />
        <NumberField source="attempts" sortable={false} />
        <TextField source="error" emptyText="—" sortable={false} />
        <DateField source="eventCreatedAt" showTime sortable={false} />
        <DateField source="processedAt" showTime emptyText="—" sortable={false} />
        <ReplayButton />
      </Datagrid>
    </List>
  );
}

/** Only dead letters: a sent row must never go out twice, and a pending one is retried by the sender. */
function RetryButton() {
  const row = useRecordContext<{ id: string; deadAt: string | null; sentAt: string | null }>();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!row || !canManageBilling(permissions) || !row.deadAt || row.sentAt) return null;
  const retry = async () => {
    try {
      const result = await retryOutboxRow(row.id);
      notify(`${result.identifier} is pending again; the next flush sends it`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    }
  };
  return (
    <Button size="small" onClick={retry}>
      Retry
    </Button>
  );
}

export function OutboxList() {
  return (
    <List filters={outboxFilters}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="identifier" sortable={false} />
        <CustomerLink />
        <DateField source="hourStart" showTime sortable={false} />
        <NumberField source="credits" sortable={false} />
        <NumberField source="attempts" sortable={false} />
        <DateField source="nextAttemptAt" showTime sortable={false} />
        <DateField source="sentAt" showTime emptyText="—" sortable={false} />
        <DateField source="deadAt" showTime emptyText="—" sortable={false} />
        <TextField source="lastError" emptyText="—" sortable={false} />
        <RetryButton />
      </Datagrid>
    </List>
  );
}

export function MeterDriftList() {
  return (
    // empty={false}: with no drift the filters stay, so a user can widen them (all hours, another customer).
    <List empty={false} filters={[customerFilter(), <BooleanInput key="all" source="all" label="Include hours without drift" alwaysOn />]}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <CustomerLink />
        <DateField source="hourStart" showTime sortable={false} />
        <NumberField source="localCredits" label="Reported by us" sortable={false} />
        <NumberField source="stripeCredits" label="Stripe meter" sortable={false} />
        <NumberField source="driftCredits" label="Drift" sortable={false} />
        <DateField source="checkedAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}
