import { downloadCSV, type Exporter } from 'react-admin';

type Cell = string | number | null;

/**
 * The server's rule for CSV cells (server/src/modules/reports/csv-cell.ts), repeated here because
 * the console is bundled apart: a spreadsheet evaluates a cell that starts with =, +, -, @, tab or
 * carriage return as a formula, so such text cells get a leading apostrophe. Numbers stay numbers.
 */
export function neutraliseCell(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  // A plain decimal such as a refund's -7.25 is read as a number, never as a formula, so it stays as it is.
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Nested objects become dotted columns; GraphQL's __typename is not data and is left out. */
function flatten(value: unknown, prefix: string, into: Map<string, Cell>): void {
  if (value === null || value === undefined) {
    into.set(prefix, null);
  } else if (Array.isArray(value)) {
    into.set(prefix, value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; '));
  } else if (value instanceof Date) {
    into.set(prefix, value.toISOString());
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key !== '__typename') flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, typeof value === 'number' ? value : String(value));
  }
}

function quoted(cell: string | number): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV with one header row: the union of every row's columns, in first-seen order. */
export function toCsv(records: readonly object[]): string {
  const rows = records.map((record) => {
    const cells = new Map<string, Cell>();
    flatten(record, '', cells);
    return cells;
  });
  const columns = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const lines = [columns.map((column) => quoted(neutraliseCell(column))).join(',')];
  for (const row of rows) lines.push(columns.map((column) => quoted(neutraliseCell(row.get(column) ?? null))).join(','));
  return lines.join('\r\n');
}

/** The one exporter of every console list. */
export const exportCsv: Exporter = (records: object[], _fetchRelated, _dataProvider, resource) => {
  downloadCSV(toCsv(records), resource ?? 'export');
};
