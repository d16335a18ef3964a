import type { DistributionType, SimulationInput } from '../generated/graphql';
import { DISTRIBUTIONS } from './distributions';

export type InputRow = {
  key: number;
  name: string;
  type: DistributionType;
  params: Record<string, string>;
  truncateMin: string;
  truncateMax: string;
  shift: string;
};
export type OutputRow = { key: number; name: string; formula: string };
export type ModelState = {
  inputs: InputRow[];
  outputs: OutputRow[];
  correlate: boolean;
  /** Upper-triangle cells by "i,j", as typed. */
  correlation: Record<string, string>;
  iterations: string;
  seed: string;
};

/** Messages by the API's argument path, e.g. input.inputs[0].distribution.sd. */
export type FieldErrors = Record<string, string>;

export const initialModel: ModelState = {
  inputs: [
    { key: 1, name: 'revenue', type: 'NORMAL', params: { mean: '100', sd: '15' }, truncateMin: '', truncateMax: '', shift: '' },
    { key: 2, name: 'cost', type: 'TRIANGULAR', params: { min: '50', mode: '60', max: '90' }, truncateMin: '', truncateMax: '', shift: '' },
  ],
  outputs: [{ key: 3, name: 'profit', formula: 'revenue - cost' }],
  correlate: false,
  correlation: {},
  iterations: '10000',
  seed: '42',
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function number(text: string, field: string, errors: FieldErrors, what: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) errors[field] = `${what}: enter a number such as 2.5.`;
  return value;
}

function numbers(text: string, field: string, errors: FieldErrors, what: string): number[] | undefined {
  if (text.trim() === '') return undefined;
  const values = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  if (values.some((value) => !Number.isFinite(value))) errors[field] = `${what}: enter numbers separated by commas.`;
  return values;
}

function whole(text: string, field: string, errors: FieldErrors, what: string): number | undefined {
  const value = number(text, field, errors, what);
  if (value !== undefined && !Number.isInteger(value)) errors[field] = `${what}: enter a whole number.`;
  return value;
}

/**
 * The form as a SimulationInput, or the fields to fix. Only the shape is checked here (names,
 * numbers, required parameters); the server checks the rest and names the field it refuses.
 */
export function toSimulationInput(state: ModelState): { input: SimulationInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const inputs = state.inputs.map((row, index) => {
    const base = `input.inputs[${index}]`;
    if (!NAME.test(row.name)) errors[`${base}.name`] = 'Name: letters, digits and _, starting with a letter or _.';
    const distribution: Record<string, unknown> = { type: row.type };
    for (const param of DISTRIBUTIONS[row.type].params) {
      const field = `${base}.distribution.${param.name}`;
      const text = row.params[param.name] ?? '';
      const value = param.list ? numbers(text, field, errors, param.label) : number(text, field, errors, param.label);
      if (value === undefined && !param.optional) errors[field] = `${param.label}: required for ${DISTRIBUTIONS[row.type].label}.`;
      if (value !== undefined) distribution[param.name] = value;
    }
    return {
      name: row.name,
      distribution: distribution as SimulationInput['inputs'][number]['distribution'],
      truncateMin: number(row.truncateMin, `${base}.truncateMin`, errors, 'Truncate below'),
      truncateMax: number(row.truncateMax, `${base}.truncateMax`, errors, 'Truncate above'),
      shift: number(row.shift, `${base}.shift`, errors, 'Shift'),
    };
  });
  const outputs = state.outputs.map((row, index) => {
    if (row.name.trim() === '') errors[`input.outputs[${index}].name`] = 'Name: required.';
    if (row.formula.trim() === '') errors[`input.outputs[${index}].formula`] = 'Formula: required, e.g. revenue - cost.';
    return { name: row.name.trim(), formula: row.formula };
  });
  if (outputs.length === 0) errors['input.outputs'] = 'Add at least one output.';
  const iterations = whole(state.iterations, 'input.iterations', errors, 'Iterations');
  if (iterations === undefined) errors['input.iterations'] = 'Iterations: required.';
  const seed = whole(state.seed, 'input.seed', errors, 'Seed');
  const input: SimulationInput = {
    iterations: iterations ?? 0,
    inputs: inputs.map(stripEmpty),
    outputs,
    ...(seed === undefined ? {} : { seed }),
  };
  if (state.correlate && state.inputs.length >= 2) {
    const matrix = state.inputs.map((_, i) =>
      state.inputs.map((__, j) => {
        if (i === j) return 1;
        const cell = i < j ? `${i},${j}` : `${j},${i}`;
        return (
          number(state.correlation[cell] ?? '0', `input.correlation.matrix[${Math.min(i, j)}][${Math.max(i, j)}]`, errors, 'Correlation') ??
          0
        );
      }),
    );
    input.correlation = { inputs: state.inputs.map((row) => row.name), matrix };
  }
  return { input, errors };
}

/** Leaves out the optional fields left blank, so the call shows only what was asked for. */
function stripEmpty<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
