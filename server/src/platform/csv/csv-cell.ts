/**
 * A spreadsheet evaluates a cell that starts with =, +, -, @, tab or carriage return as a formula
 * (CSV injection). Such text cells get a leading apostrophe; numbers are written as numbers.
 */
export function neutraliseCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  // A plain decimal such as a refund's -7.25 is read as a number, never as a formula, so it stays as it is.
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Cents as a decimal amount with two places, exact for any integer. */
export function centsToAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
