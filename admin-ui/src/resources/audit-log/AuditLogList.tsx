import { Box } from '@mui/material';
import { Datagrid, DateField, FunctionField, TextField, TextInput, useRecordContext } from 'react-admin';
import { RecordLink } from '../../layout/RecordLink';
import { List } from '../../layout/ConsoleList';

const filters = [<TextInput key="targetType" source="targetType" alwaysOn />, <TextInput key="targetId" source="targetId" />];

function Change() {
  const entry = useRecordContext<{ before: unknown; after: unknown }>();
  if (!entry) return null;
  return (
    <Box component="pre" sx={{ fontSize: 12, m: 0 }}>
      {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
    </Box>
  );
}

export function AuditGrid() {
  return (
    <Datagrid bulkActionButtons={false} rowClick={false} expand={<Change />}>
      <DateField source="createdAt" showTime sortable={false} />
      <TextField source="actorEmail" sortable={false} />
      <TextField source="action" sortable={false} />
      <TextField source="targetType" sortable={false} />
      <FunctionField
        label="Target"
        render={(row: { targetType: string; targetId: string | null }) => <RecordLink type={row.targetType} id={row.targetId} />}
      />
      <TextField source="ip" sortable={false} emptyText="—" />
    </Datagrid>
  );
}

export function AuditLogList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <AuditGrid />
    </List>
  );
}
