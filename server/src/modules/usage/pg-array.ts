/**
 * A PostgreSQL array literal for one `?::type[]` parameter. MikroORM expands JavaScript arrays in
 * raw SQL into lists of parameters (for `in (?)`), so arrays bound whole for unnest() travel as
 * their text form instead: every element quoted, backslashes and quotes escaped, null as NULL.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}
