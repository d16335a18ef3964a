import { Button } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  Edit,
  FunctionField,
  NumberField,
  NumberInput,
  required,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useNotify,
  usePermissions,
} from 'react-admin';
import { List } from '../../layout/ConsoleList';
import { syncPlansToStripe } from '../../providers/data/plans';
import { money } from '../../layout/format';
import { SaveOnlyToolbar } from '../../layout/SaveOnlyToolbar';
import { canEditPlans } from '../../roles';

type PlanRow = { priceCents: number; overageCentsPer1000Credits: number | null };

/** Super admins push the plans to Stripe (idempotent: prices are found by lookup key). */
function SyncButton() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const sync = async () => {
    setBusy(true);
    try {
      const result = await syncPlansToStripe();
      notify(
        result.created.length ? `Created in Stripe: ${result.created.join(', ')}` : `Stripe already matches the ${result.plans} plans`,
        { type: 'success' },
      );
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" disabled={busy} onClick={sync}>
      Sync to Stripe
    </Button>
  );
}

export function PlanList() {
  const { permissions } = usePermissions();
  return (
    <List
      pagination={false}
      sort={{ field: 'priceCents', order: 'ASC' }}
      actions={
        canEditPlans(permissions) ? (
          <TopToolbar>
            <SyncButton />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      <Datagrid rowClick={canEditPlans(permissions) ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <FunctionField label="Price / month" render={(row: PlanRow) => money(row.priceCents)} />
        <NumberField source="includedCredits" sortable={false} />
        <FunctionField
          label="Overage / 1,000 credits"
          render={(row: PlanRow) => (row.overageCentsPer1000Credits === null ? 'hard stop' : money(row.overageCentsPer1000Credits))}
        />
        <NumberField source="rateLimitCreditsPerSecond" label="Rate (credits/s)" sortable={false} />
        <NumberField source="burstCredits" sortable={false} />
        <NumberField source="maxIterationsSync" sortable={false} />
        <NumberField source="maxConcurrentJobs" sortable={false} />
        <NumberField source="maxWorkUnitsPerRun" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** Super admins edit a plan; only changed fields are sent, and the server writes the audit row. */
export function PlanEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" readOnly />
        <TextInput source="name" validate={required()} />
        <NumberInput source="priceCents" label="Price per month (cents)" validate={required()} />
        <NumberInput source="includedCredits" validate={required()} />
        <NumberInput source="overageCentsPer1000Credits" label="Overage per 1,000 credits (cents, empty = hard stop)" />
        <NumberInput source="rateLimitCreditsPerSecond" validate={required()} />
        <NumberInput source="burstCredits" validate={required()} />
        <NumberInput source="maxIterationsSync" validate={required()} />
        <NumberInput source="maxConcurrentJobs" validate={required()} />
        <NumberInput source="maxWorkUnitsPerRun" validate={required()} />
      </SimpleForm>
    </Edit>
  );
}
