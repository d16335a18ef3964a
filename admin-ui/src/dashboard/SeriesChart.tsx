import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One plotted column of the rows: its key, label and colour, and the right-hand axis if it needs its own. */
export type Series = { key: string; name: string; color: string; fill?: string; axis?: 'right' };

type Props<Row extends object> = {
  kind: 'bar' | 'line' | 'area';
  data: Row[];
  /** The column along the x axis, or down the category axis of a horizontal bar chart. */
  x: keyof Row & string;
  series: Series[];
  horizontal?: boolean;
  /** Counts: whole-number ticks only. */
  integers?: boolean;
  legend?: boolean;
  xTick?: (value: string) => string;
  yTick?: (value: number) => string;
  tooltip?: (value: number) => string;
  /** Clicking a column (a bar, or the point under the pointer of a line or area) hands its row here. */
  onSelect?: (row: Row) => void;
};

/** The console's bar, line and area charts: one grid, axes, tooltip and legend, whatever the series. */
export function SeriesChart<Row extends object>({
  kind,
  data,
  x,
  series,
  horizontal = false,
  integers = false,
  legend = false,
  xTick,
  yTick,
  tooltip,
  onSelect,
}: Props<Row>) {
  const Chart = kind === 'bar' ? BarChart : kind === 'line' ? LineChart : AreaChart;
  // Callers name a column of their rows; recharts itself reads any key.
  const xKey: string = x;
  return (
    <ResponsiveContainer>
      <Chart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={horizontal ? { left: 80 } : undefined}
        style={onSelect ? { cursor: 'pointer' } : undefined}
        onClick={
          onSelect
            ? (state) => {
                // recharts reports the column under the pointer as the tooltip's index into the rows.
                const row = data[Number(state.activeIndex)];
                if (row) onSelect(row);
              }
            : undefined
        }
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? <XAxis type="number" allowDecimals={!integers} /> : <XAxis dataKey={xKey} tickFormatter={xTick} />}
        {horizontal ? (
          <YAxis yAxisId="left" type="category" dataKey={xKey} width={120} />
        ) : (
          <YAxis yAxisId="left" allowDecimals={!integers} tickFormatter={yTick} />
        )}
        {series.some((s) => s.axis === 'right') ? <YAxis yAxisId="right" orientation="right" /> : null}
        <Tooltip formatter={tooltip ? (value) => tooltip(Number(value)) : undefined} />
        {legend ? <Legend /> : null}
        {series.map((s) => {
          const common = { dataKey: s.key, name: s.name, yAxisId: s.axis ?? 'left' };
          if (kind === 'bar') return <Bar key={s.key} {...common} fill={s.color} />;
          if (kind === 'line') return <Line key={s.key} {...common} stroke={s.color} />;
          return <Area key={s.key} {...common} stroke={s.color} fill={s.fill ?? s.color} />;
        })}
      </Chart>
    </ResponsiveContainer>
  );
}
