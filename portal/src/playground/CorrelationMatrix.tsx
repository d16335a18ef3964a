import type { Props } from './ModelForm';

/** The upper triangle of the rank correlation matrix; the diagonal is 1 and the lower half mirrors it. */
export function CorrelationMatrix({ model, onChange, errors }: Props) {
  const names = model.inputs.map((row, index) => row.name || `#${index + 1}`);
  return (
    <div className="scroll">
      <table aria-label="Rank correlations">
        <thead>
          <tr>
            <td />
            {names.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((rowName, i) => (
            <tr key={rowName}>
              <th scope="row">{rowName}</th>
              {names.map((columnName, j) => {
                if (j <= i) return <td key={columnName}>{i === j ? '1' : ''}</td>;
                const cell = `${i},${j}`;
                const error = errors[`input.correlation.matrix[${i}][${j}]`];
                return (
                  <td key={columnName}>
                    <input
                      className="cell"
                      aria-label={`Correlation of ${rowName} and ${columnName}`}
                      aria-invalid={error ? true : undefined}
                      title={error}
                      inputMode="decimal"
                      value={model.correlation[cell] ?? '0'}
                      onChange={(event) => onChange({ ...model, correlation: { ...model.correlation, [cell]: event.target.value } })}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
