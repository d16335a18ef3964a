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

/** A day and a UTC time, for moments finer than a day such as the end of a key's grace. */
export function moment(iso: string | null | undefined): string {
  return iso
    ? new Date(iso).toLocaleString('en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      })
    : '—';
}
