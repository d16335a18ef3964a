import type { DistributionType } from '../generated/graphql';
import { CorrelationMatrix } from './CorrelationMatrix';
import { DISTRIBUTION_TYPES, DISTRIBUTIONS } from './distributions';
import { Field } from './Field';
import type { FieldErrors, InputRow, ModelState } from './model';

export type Props = { model: ModelState; onChange: (model: ModelState) => void; errors: FieldErrors };

let nextKey = 100;
const newKey = () => {
  nextKey += 1;
  return nextKey;
};

function InputFields({ row, index, props }: { row: InputRow; index: number; props: Props }) {
  const { model, onChange, errors } = props;
  const base = `input.inputs[${index}]`;
  const update = (patch: Partial<InputRow>) =>
    onChange({ ...model, inputs: model.inputs.map((entry) => (entry.key === row.key ? { ...entry, ...patch } : entry)) });
  const spec = DISTRIBUTIONS[row.type];
  return (
    <fieldset className="model-row" aria-label={`Input ${index + 1}`}>
      <legend>Input {index + 1}</legend>
      <Field label="Name" value={row.name} onChange={(name) => update({ name })} error={errors[`${base}.name`]} />
      <label>
        Distribution
        <select value={row.type} onChange={(event) => update({ type: event.target.value as DistributionType, params: {} })}>
          {DISTRIBUTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {DISTRIBUTIONS[type].label}
            </option>
          ))}
        </select>
      </label>
      {spec.params.map((param) => (
        <Field
          key={param.name}
          label={`${param.label}${param.list ? ' (comma-separated)' : ''}${param.optional ? ' (optional)' : ''}`}
          value={row.params[param.name] ?? ''}
          inputMode={param.list ? 'text' : 'decimal'}
          onChange={(value) => update({ params: { ...row.params, [param.name]: value } })}
          error={errors[`${base}.distribution.${param.name}`]}
        />
      ))}
      <details>
        <summary>Truncate or shift</summary>
        <Field
          label="Truncate below"
          value={row.truncateMin}
          onChange={(truncateMin) => update({ truncateMin })}
          error={errors[`${base}.truncateMin`]}
        />
        <Field
          label="Truncate above"
          value={row.truncateMax}
          onChange={(truncateMax) => update({ truncateMax })}
          error={errors[`${base}.truncateMax`]}
        />
        <Field label="Shift" value={row.shift} onChange={(shift) => update({ shift })} error={errors[`${base}.shift`]} />
      </details>
      <button
        type="button"
        className="secondary"
        disabled={model.inputs.length <= 1}
        onClick={() => onChange({ ...model, inputs: model.inputs.filter((entry) => entry.key !== row.key), correlation: {} })}
      >
        Remove input {row.name || index + 1}
      </button>
    </fieldset>
  );
}

/** The model as a form: inputs with their distributions, output formulas, correlations, iterations and seed. */
export function ModelForm(props: Props) {
  const { model, onChange, errors } = props;
  const fieldError = (prefix: string) => Object.entries(errors).find(([field]) => field.startsWith(prefix))?.[1];
  return (
    <div className="stack wide">
      <h2>Inputs</h2>
      {model.inputs.map((row, index) => (
        <InputFields key={row.key} row={row} index={index} props={props} />
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          onChange({
            ...model,
            inputs: [
              ...model.inputs,
              {
                key: newKey(),
                name: `x${model.inputs.length + 1}`,
                type: 'UNIFORM',
                params: { min: '0', max: '1' },
                truncateMin: '',
                truncateMax: '',
                shift: '',
              },
            ],
          })
        }
      >
        Add input
      </button>
      <h2>Outputs</h2>
      <p className="hint">
        Formulas use input names and earlier outputs: + - * / ^, comparisons, if, min, max, abs, exp, log, sqrt, pow, round.
      </p>
      {model.outputs.map((row, index) => (
        <fieldset className="model-row" key={row.key} aria-label={`Output ${index + 1}`}>
          <legend>Output {index + 1}</legend>
          <Field
            label="Output name"
            value={row.name}
            error={errors[`input.outputs[${index}].name`]}
            onChange={(name) =>
              onChange({ ...model, outputs: model.outputs.map((entry) => (entry.key === row.key ? { ...entry, name } : entry)) })
            }
          />
          <Field
            label="Formula"
            value={row.formula}
            error={errors[`input.outputs[${index}].formula`]}
            onChange={(formula) =>
              onChange({ ...model, outputs: model.outputs.map((entry) => (entry.key === row.key ? { ...entry, formula } : entry)) })
            }
          />
          <button
            type="button"
            className="secondary"
            disabled={model.outputs.length <= 1}
            onClick={() => onChange({ ...model, outputs: model.outputs.filter((entry) => entry.key !== row.key) })}
          >
            Remove output {row.name || index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          onChange({ ...model, outputs: [...model.outputs, { key: newKey(), name: `out${model.outputs.length + 1}`, formula: '' }] })
        }
      >
        Add output
      </button>
      <label className="check">
        <input type="checkbox" checked={model.correlate} onChange={(event) => onChange({ ...model, correlate: event.target.checked })} />{' '}
        Correlate inputs (rank correlation matrix)
      </label>
      {model.correlate ? <CorrelationMatrix {...props} /> : null}
      {fieldError('input.correlation') ? <small className="field-error">{fieldError('input.correlation')}</small> : null}
      <div className="grid">
        <Field
          label="Iterations"
          inputMode="numeric"
          value={model.iterations}
          onChange={(iterations) => onChange({ ...model, iterations })}
          error={errors['input.iterations']}
        />
        <Field
          label="Seed (optional)"
          inputMode="numeric"
          value={model.seed}
          onChange={(seed) => onChange({ ...model, seed })}
          error={errors['input.seed']}
        />
      </div>
    </div>
  );
}
