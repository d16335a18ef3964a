/** Integer cents with their currency: "$29.00". */
export function money(amountCents: number, currency = 'usd'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amountCents / 100);
}

/** Credits with their unit: "1,250 credits". */
export function credits(value: number): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? 'credit' : 'credits'}`;
}

export function day(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }) : '—';
}
