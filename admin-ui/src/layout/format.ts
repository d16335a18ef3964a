/** Integer cents as money for display; the server keeps cents exact. */
export function money(cents: number | null | undefined, currency = 'USD'): string {
  if (cents === null || cents === undefined) return '—';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}
