import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';

const choices = (values: string[]) => values.map((value) => ({ id: value, name: value.replace(/_/g, ' ') }));

export const subscriptionStatuses = choices([
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
]);
export const invoiceStatuses = choices(['draft', 'open', 'paid', 'uncollectible', 'void']);
export const stripeEventStatuses = choices(['pending', 'processed', 'ignored', 'failed']);
export const outboxStatuses = choices(['pending', 'sent', 'dead']);

/**
 * Finds a customer by company or email (the customers list's search) instead of asking for a UUID.
 * It is always on: a filter added through "Add filter" goes through react-admin's showFilter, which rebuilds the
 * query from the list parameters of the last render, so under load it could drop a status chosen a moment before.
 * With every filter always shown, all values live in one form and are submitted together.
 */
export function customerFilter() {
  return (
    <ReferenceInput key="customerId" source="customerId" reference="customers" alwaysOn>
      <AutocompleteInput label="Customer" optionText="company" sx={{ minWidth: 260 }} />
    </ReferenceInput>
  );
}

/** A status select over the statuses the server knows, and the customer search. */
export function statusAndCustomerFilters(statuses: { id: string; name: string }[]) {
  return [<SelectInput key="status" source="status" choices={statuses} alwaysOn />, customerFilter()];
}
