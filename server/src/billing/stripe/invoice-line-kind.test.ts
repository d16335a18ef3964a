import { describe, expect, it } from 'vitest';
import { InvoiceLineKind, invoiceLineKind } from './invoice-line-kind.js';

describe('invoiceLineKind', () => {
  it('reads the kind from the lookup key, a proration first', () => {
    expect(invoiceLineKind({ lookupKey: 'carlo_team_base', proration: false })).toBe(InvoiceLineKind.BASE);
    expect(invoiceLineKind({ lookupKey: 'carlo_team_overage', proration: false })).toBe(InvoiceLineKind.OVERAGE);
    expect(invoiceLineKind({ lookupKey: 'carlo_pack_small', proration: false })).toBe(InvoiceLineKind.CREDIT_PACK);
    expect(invoiceLineKind({ lookupKey: 'carlo_team_base', proration: true })).toBe(InvoiceLineKind.PRORATION);
    expect(invoiceLineKind({ lookupKey: null, proration: false })).toBe(InvoiceLineKind.OTHER);
  });
});
