import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Datagrid, DateField, FunctionField, TextField, TextInput, useRecordContext } from 'react-admin';
import { RecordLink } from '../../layout/RecordLink';
import { List } from '../../layout/ConsoleList';
import { auditDiff } from './audit-diff';

const filters = [<TextInput key="targetType" source="targetType" alwaysOn />, <TextInput key="targetId" source="targetId" />];

/** The entry's before and after as a table of fields; changed values stand out. */
function Change() {
  const entry = useRecordContext<{ before: unknown; after: unknown }>();
  if (!entry) return null;
  const rows = auditDiff(entry.before, entry.after);
  if (rows.length === 0) return <Typography variant="body2">No recorded state.</Typography>;
  return (
    <Table size="small" data-testid="audit-change" sx={{ maxWidth: 900, '& td': { overflowWrap: 'anywhere' } }}>
      <TableHead>
        <TableRow>
          <TableCell component="th">Field</TableCell>
          <TableCell component="th">Before</TableCell>
          <TableCell component="th">After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell>{row.label}</TableCell>
            <TableCell sx={{ color: row.changed ? 'text.secondary' : undefined }}>{row.before}</TableCell>
            <TableCell sx={{ fontWeight: row.changed ? 600 : undefined }}>{row.after}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function AuditGrid() {
  return (
    <Datagrid bulkActionButtons={false} rowClick="expand" expand={<Change />}>
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
