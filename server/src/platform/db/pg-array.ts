/**
 * A PostgreSQL array literal for one `$n::type[]` parameter, bound whole for unnest(). Strings are
 * quoted, and escaped only when they hold a quote or a backslash (request ids, uuids and ISO times
 * never do, and this runs for every column of every 1,000-row batch); numbers go bare; null is NULL.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) out += ',';
    if (value === null) out += 'NULL';
    else if (typeof value === 'number') out += String(value);
    else out += `"${value.includes('"') || value.includes('\\') ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value}"`;
  }
  return `${out}}`;
}
