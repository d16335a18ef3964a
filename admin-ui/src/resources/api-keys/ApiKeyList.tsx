import { ChipField, Datagrid, DateField, FunctionField, ReferenceField, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import { List } from '../../layout/ConsoleList';
import { KeyActions } from './KeyActions';

type KeyRow = { displayPrefix: string; last4: string; scopes: string[] };

const statusChoices = [
  { id: 'ACTIVE', name: 'Active' },
  { id: 'REVOKED', name: 'Revoked' },
  { id: 'EXPIRED', name: 'Expired' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or prefix" />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <TextInput key="customerId" source="customerId" label="Customer id" />,
];

/** The key columns, shared by the keys page and the customer's Keys tab. */
export function ApiKeyGrid({ showCustomer = true }: { showCustomer?: boolean }) {
  return (
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" sortable={false} />
      <FunctionField label="Key" sortable={false} render={(row: KeyRow) => `${row.displayPrefix}…${row.last4}`} />
      {showCustomer ? (
        <ReferenceField source="customerId" reference="customers" link="show" sortable={false}>
          <TextField source="company" />
        </ReferenceField>
      ) : null}
      <ChipField source="status" sortable={false} />
      <TextField source="mode" sortable={false} />
      <DateField source="lastUsedAt" showTime emptyText="never" sortable={false} />
      <DateField source="graceUntil" showTime emptyText="—" sortable={false} />
      <DateField source="createdAt" showTime sortable={false} />
      <KeyActions />
    </Datagrid>
  );
}

export function ApiKeyList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <ApiKeyGrid />
    </List>
  );
}
