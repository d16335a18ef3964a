import type { PlaygroundResultFragment } from '../generated/graphql';

type Output = PlaygroundResultFragment['outputs'][number];
type Sensitivity = PlaygroundResultFragment['sensitivity'][number];

const fmt = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumSignificantDigits: 5 });

/** Bars over the output's equal-width bins; an SVG keeps the page free of a chart library. */
function HistogramChart({ output }: { output: Output }) {
  const { counts, edges } = output.histogram;
  const most = Math.max(1, ...counts);
  const width = 320;
  const height = 120;
  const bar = width / Math.max(1, counts.length);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 14}`}
        role="img"
        aria-label={`Histogram of ${output.name} from ${fmt(edges[0])} to ${fmt(edges[edges.length - 1])}`}
        data-testid="histogram"
      >
        {counts.map((count, index) => {
          const barHeight = (count / most) * height;
          return (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: bins are positional and never reorder.
              key={index}
              x={index * bar + 0.5}
              y={height - barHeight}
              width={Math.max(0.5, bar - 1)}
              height={barHeight}
              fill="#3f8fdc"
            >
              <title>{`${fmt(edges[index])} to ${fmt(edges[index + 1])}: ${count}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 12} fontSize="10">
          {fmt(edges[0])}
        </text>
        <text x={width} y={height + 12} fontSize="10" textAnchor="end">
          {fmt(edges[edges.length - 1])}
        </text>
      </svg>
    </figure>
  );
}

/** Each input's output mean in its lowest and highest decile, widest swing first. */
function Tornado({ sensitivity }: { sensitivity: Sensitivity }) {
  const rows = sensitivity.inputs
    .filter((row) => row.low !== null && row.high !== null)
    .sort((a, b) => Math.abs((b.high ?? 0) - (b.low ?? 0)) - Math.abs((a.high ?? 0) - (a.low ?? 0)));
  if (rows.length === 0) return <p className="empty">No input moves {sensitivity.output}.</p>;
  const values = rows.flatMap((row) => [row.low ?? 0, row.high ?? 0]);
  const least = Math.min(...values);
  const span = Math.max(1e-12, Math.max(...values) - least);
  return (
    <ul className="tornado" aria-label={`What drives ${sensitivity.output}`} data-testid="tornado">
      {rows.map((row) => {
        const from = Math.min(row.low ?? 0, row.high ?? 0);
        const to = Math.max(row.low ?? 0, row.high ?? 0);
        return (
          <li key={row.input}>
            <span>{row.input}</span>
            <div>
              <div style={{ marginLeft: `${((from - least) / span) * 100}%`, width: `${Math.max(1, ((to - from) / span) * 100)}%` }} />
            </div>
            <span>
              {fmt(row.low)} → {fmt(row.high)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function Results({ result }: { result: PlaygroundResultFragment }) {
  return (
    <section aria-label="Results" data-testid="results">
      <h2>Results</h2>
      <p>
        {result.iterationsRun.toLocaleString('en-US')} iterations, seed {result.seed} · run <code>{result.runId}</code>
      </p>
      {result.warnings.length > 0 ? (
        <div className="notice" role="status">
          {result.warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      {result.outputs.map((output) => {
        const sensitivity = result.sensitivity.find((entry) => entry.output === output.name);
        return (
          <article className="card" key={output.name}>
            <h3>{output.name}</h3>
            <p>
              Mean {fmt(output.mean)} · standard deviation {fmt(output.std)}
            </p>
            <HistogramChart output={output} />
            <div className="grid">
              <table data-testid="percentiles">
                <caption>Percentiles</caption>
                <tbody>
                  {output.percentiles.map((entry) => (
                    <tr key={entry.percentile}>
                      <th scope="row">P{entry.percentile}</th>
                      <td>{fmt(entry.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table data-testid="value-at-risk">
                <caption>Value at risk</caption>
                <thead>
                  <tr>
                    <th>Level</th>
                    <th>VaR</th>
                    <th>CVaR</th>
                  </tr>
                </thead>
                <tbody>
                  {output.valueAtRisk.map((entry) => (
                    <tr key={entry.level}>
                      <th scope="row">{entry.level * 100}%</th>
                      <td>{fmt(entry.value)}</td>
                      <td>{fmt(entry.conditional)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {sensitivity ? (
              <>
                <h4>Sensitivity (tornado: output mean in the lowest → highest decile of each input)</h4>
                <Tornado sensitivity={sensitivity} />
              </>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
