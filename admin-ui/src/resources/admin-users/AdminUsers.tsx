import {
  BooleanField,
  BooleanInput,
  ChipField,
  Create,
  Datagrid,
  DateField,
  Edit,
  email,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  minLength,
} from 'react-admin';
import { List } from '../../layout/ConsoleList';
import { SaveOnlyToolbar } from '../../layout/SaveOnlyToolbar';
import { AdminUserSecurity } from './AdminUserSecurity';

export const roleChoices = [
  { id: 'SUPER_ADMIN', name: 'Super admin' },
  { id: 'ADMIN', name: 'Admin' },
  { id: 'SUPPORT', name: 'Support' },
  { id: 'FINANCE', name: 'Finance' },
];

export function AdminUserList() {
  return (
    <List sort={{ field: 'email', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="email" sortable={false} />
        <TextField source="name" sortable={false} />
        <ChipField source="role" sortable={false} />
        <BooleanField source="disabled" sortable={false} />
        <BooleanField source="totpEnabled" label="Two-step" sortable={false} />
        <DateField source="lastLoginAt" showTime emptyText="never" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function AdminUserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <TextInput source="email" validate={[required(), email()]} />
        <TextInput source="name" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <PasswordInput source="password" validate={[required(), minLength(12)]} helperText="At least 12 characters" />
      </SimpleForm>
    </Create>
  );
}

export function AdminUserEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="email" disabled />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <BooleanInput source="disabled" helperText="Disabling ends the user's sessions at once" />
      </SimpleForm>
      <AdminUserSecurity />
    </Edit>
  );
}
