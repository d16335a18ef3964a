import { ChipField, Datagrid, DateField, FunctionField, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import { List } from '../../layout/ConsoleList';
import type { ConsoleCustomersQuery } from '../../generated/graphql';
import { money } from '../../layout/format';

type Row = ConsoleCustomersQuery['customers']['items'][number];

export const customerStatusChoices = [
  { id: 'ACTIVE', name: 'Active' },
  { id: 'SUSPENDED', name: 'Suspended' },
  { id: 'DELETED', name: 'Deleted' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Company or email" />,
  <SelectInput key="status" source="status" choices={customerStatusChoices} />,
  <TextInput key="planCode" source="planCode" label="Plan code" />,
];

export function CustomerList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="company" />
        <TextField source="email" />
        <ChipField source="status" sortable={false} />
        <FunctionField
          label="Plan"
          sortable={false}
          render={(row: Row) => (row.currentSubscription ? `${row.currentSubscription.planName} (${row.currentSubscription.status})` : '—')}
        />
        <FunctionField label="Price / month" sortable={false} render={(row: Row) => money(row.currentSubscription?.priceCents)} />
        <FunctionField label="Active keys" sortable={false} render={(row: Row) => `${row.keyCounts.active} / ${row.keyCounts.total}`} />
        <DateField source="createdAt" label="Created" showTime />
      </Datagrid>
    </List>
  );
}
