import {
  Alert,
  Box,
  Button,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  ChipField,
  Datagrid,
  DateField,
  FunctionField,
  ReferenceField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useNotify,
  useRecordContext,
} from 'react-admin';
import { List } from '../../layout/ConsoleList';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../dashboard/ChartCard';
import type { ConsoleSimulationQuery, ExportFormat } from '../../generated/graphql';
import { query } from '../../providers/apollo';
import { AdminSimulationDownloadDocument } from './simulations.graphql';
import { customerFilter } from '../billing/billing-filters';

type Detail = ConsoleSimulationQuery['adminSimulation'];
type ListRow = {
  run: { status: string; iterations: number; iterationsRun: number | null; credits: number; durationMs: number | null; progress: number };
};

const statusChoices = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'].map((id) => ({ id, name: id.toLowerCase() }));
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />, customerFilter()];

export function SimulationList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="run.createdAt" label="Created" showTime sortable={false} />
        <ReferenceField source="customerId" reference="customers" link="show" sortable={false}>
          <TextField source="company" />
        </ReferenceField>
        <ChipField source="run.status" label="Status" sortable={false} />
        <FunctionField
          label="Iterations"
          render={(row: ListRow) => `${(row.run.iterationsRun ?? 0).toLocaleString()} / ${row.run.iterations.toLocaleString()}`}
        />
        <FunctionField label="Credits" render={(row: ListRow) => row.run.credits.toLocaleString()} />
        <FunctionField label="Duration" render={(row: ListRow) => (row.run.durationMs === null ? '—' : `${row.run.durationMs} ms`)} />
      </Datagrid>
    </List>
  );
}

function format(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : Number(value.toPrecision(6)).toLocaleString();
}

/** Histogram of one output and a tornado of the inputs' effect on it (output mean at the inputs' low and high deciles). */
function ResultCharts() {
  const record = useRecordContext<Detail>();
  const outputs = record?.run.result?.outputs ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  if (!record) return null;
  if (!record.run.result) return <Alert severity="info">No result{record.run.error ? `: ${record.run.error}` : ' yet'}.</Alert>;
  const output = outputs.find((o) => o.name === chosen) ?? outputs[0];
  if (!output) return null;
  const bins = output.histogram.counts.map((count, index) => ({ bin: format(output.histogram.edges[index]), count }));
  const sensitivity = record.run.result.sensitivity.find((s) => s.output === output.name);
  const baseline = output.mean ?? 0;
  const tornado = (sensitivity?.inputs ?? [])
    .map((input) => ({ input: input.input, low: (input.low ?? baseline) - baseline, high: (input.high ?? baseline) - baseline }))
    .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return (
    <Box>
      {outputs.length > 1 ? (
        <MuiTextField
          select
          size="small"
          label="Output"
          value={output.name}
          onChange={(event) => setChosen(event.target.value)}
          sx={{ mb: 2, minWidth: 200 }}
        >
          {outputs.map((o) => (
            <MenuItem key={o.name} value={o.name}>
              {o.name}
            </MenuItem>
          ))}
        </MuiTextField>
      ) : null}
      <Typography>
        {output.name}: mean {format(output.mean)}, sd {format(output.std)}, min {format(output.min)}, max {format(output.max)}, n ={' '}
        {output.count.toLocaleString()}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
        <ChartCard title={`Histogram of ${output.name}`} testId="histogram">
          <ResponsiveContainer>
            <BarChart data={bins} barCategoryGap={0}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="bin" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name="Iterations" fill="#1976d2" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title={`Tornado: change in mean ${output.name} at each input's low and high decile`} testId="tornado">
          <ResponsiveContainer>
            <BarChart data={tornado} layout="vertical" stackOffset="sign" margin={{ left: 60 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(value) => format(Number(value))} />
              <YAxis type="category" dataKey="input" width={100} />
              <Tooltip formatter={(value) => format(Number(value))} />
              <Legend />
              <ReferenceLine x={0} stroke="#000" />
              <Bar dataKey="low" name="Low decile" stackId="t" fill="#d32f2f" />
              <Bar dataKey="high" name="High decile" stackId="t" fill="#388e3c" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Box>
      <Table size="small" sx={{ maxWidth: 480, mt: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Percentile</TableCell>
            <TableCell align="right">Value</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {output.percentiles.map((p) => (
            <TableRow key={p.percentile}>
              <TableCell>{p.percentile}</TableCell>
              <TableCell align="right">{format(p.value)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {record.run.result.warnings.map((warning) => (
        <Alert key={warning} severity="warning" sx={{ mt: 1 }}>
          {warning}
        </Alert>
      ))}
    </Box>
  );
}

/** The run's .xlsx and SIPmath files: a signed 5-minute link is fetched per click and opened, so the browser saves the attachment. */
function DownloadButtons() {
  const record = useRecordContext<Detail>();
  const notify = useNotify();
  if (record?.run.status !== 'SUCCEEDED') return null;
  const download = async (format: ExportFormat) => {
    try {
      const { adminSimulationDownload } = await query(AdminSimulationDownloadDocument, { id: record.id, format });
      window.location.assign(adminSimulationDownload.path);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The download could not start', { type: 'error' });
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button variant="outlined" size="small" onClick={() => void download('XLSX')}>
        Download .xlsx
      </Button>
      <Button variant="outlined" size="small" onClick={() => void download('SIPMATH')}>
        Download SIPmath
      </Button>
    </Box>
  );
}

export function SimulationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="customerId" reference="customers" link="show">
          <TextField source="company" />
        </ReferenceField>
        <ChipField source="run.status" label="Status" />
        <FunctionField
          label="Iterations"
          render={(row: Detail) =>
            `${(row.run.iterationsRun ?? 0).toLocaleString()} of ${row.run.iterations.toLocaleString()}${row.run.result?.stoppedEarly ? ' (stopped early)' : ''}`
          }
        />
        <TextField source="run.seed" label="Seed" />
        <TextField source="run.reproducibilityKey" label="Reproducibility key" />
        <TextField source="run.engineVersion" label="Engine" />
        <TextField source="run.credits" label="Credits" />
        <TextField source="run.durationMs" label="Duration (ms)" emptyText="—" />
        <TextField source="run.error" label="Error" emptyText="—" />
        <DownloadButtons />
        <ResultCharts />
      </SimpleShowLayout>
    </Show>
  );
}
