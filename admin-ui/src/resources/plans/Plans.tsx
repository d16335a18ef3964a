import { Button } from '@mui/material';
import { useState } from 'react';
import {
  BooleanInput,
  Create,
  CreateButton,
  Datagrid,
  Edit,
  FunctionField,
  NumberField,
  NumberInput,
  required,
  SimpleForm,
  SimpleShowLayout,
  Show,
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
import { PlanPrices } from './PlanPrices';

type PlanRow = { priceCents: number; overageCentsPer1000Credits: number | null; active: boolean };

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
            <CreateButton label="New plan" />
            <SyncButton />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      <Datagrid rowClick={canEditPlans(permissions) ? 'edit' : 'show'} bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <FunctionField label="On sale" render={(row: PlanRow) => (row.active ? 'yes' : 'archived')} />
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

/** The plan's numbers, shared by create and edit; the code is typed only when the plan is created. */
function PlanFields({ newPlan }: { newPlan: boolean }) {
  return (
    <>
      <TextInput
        source="code"
        readOnly={!newPlan}
        validate={newPlan ? required() : undefined}
        helperText={newPlan ? '2 to 32 lower-case letters, digits or dashes; the Stripe lookup key, fixed once created' : false}
      />
      <TextInput source="name" validate={required()} />
      <NumberInput
        source="priceCents"
        label="Price per month (cents)"
        validate={required()}
        helperText={
          newPlan ? false : 'A new price makes a new Stripe price version for new sign-ups; subscribers keep theirs until migrated'
        }
      />
      <NumberInput source="includedCredits" validate={required()} />
      <NumberInput source="overageCentsPer1000Credits" label="Overage per 1,000 credits (cents, empty = hard stop)" />
      <NumberInput source="rateLimitCreditsPerSecond" validate={required()} />
      <NumberInput source="burstCredits" validate={required()} />
      <NumberInput source="maxIterationsSync" validate={required()} />
      <NumberInput source="maxConcurrentJobs" validate={required()} />
      <NumberInput source="maxWorkUnitsPerRun" validate={required()} />
    </>
  );
}

/** Super admins edit a plan; only changed fields are sent, and the server writes the audit row. */
export function PlanEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <PlanFields newPlan={false} />
        <BooleanInput
          source="active"
          label="On sale"
          helperText="Off archives the plan: the storefront, sign-up and plan changes no longer offer it; subscribers on it keep it"
        />
      </SimpleForm>
      <PlanPrices />
    </Edit>
  );
}

/** Other roles read a plan and its price versions; admins migrate subscribers from here. */
export function PlanShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField label="Price / month" render={(row: PlanRow) => money(row.priceCents)} />
        <NumberField source="includedCredits" />
      </SimpleShowLayout>
      <PlanPrices />
    </Show>
  );
}

/** Super admins create a plan; "Sync to Stripe" then creates its Stripe product and prices. */
export function PlanCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <PlanFields newPlan />
      </SimpleForm>
    </Create>
  );
}
