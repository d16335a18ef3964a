import { describe, expect, it } from 'vitest';
import { creditNoteSplit } from './credit-note-record.js';
import { ManualInvoiceCollection, checkManualInvoice, manualInvoiceTotalCents, type ManualInvoiceRequest } from './manual-invoice-rules.js';

const request = (overrides: Partial<ManualInvoiceRequest> = {}): ManualInvoiceRequest => ({
  lines: [{ description: 'Workshop', quantity: 2, unitAmountCents: 15_000 }],
  collection: ManualInvoiceCollection.SEND_INVOICE,
  daysUntilDue: null,
  memo: null,
  currency: null,
  ...overrides,
});

function refusedField(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { field?: unknown; code?: unknown } }).extensions;
  }
  return null;
}

describe('checkManualInvoice', () => {
  it('gives a sent invoice 30 days by default and a charged one none', () => {
    expect(checkManualInvoice(request(), 'usd')).toEqual({ daysUntilDue: 30 });
    expect(checkManualInvoice(request({ daysUntilDue: 7 }), 'usd')).toEqual({ daysUntilDue: 7 });
    expect(checkManualInvoice(request({ collection: ManualInvoiceCollection.CHARGE_AUTOMATICALLY }), 'usd')).toEqual({
      daysUntilDue: null,
    });
  });

  it('names the first bad field, a line by its index', () => {
    const cases: [Partial<ManualInvoiceRequest>, string][] = [
      [{ lines: [] }, 'lines'],
      [{ lines: Array.from({ length: 21 }, () => ({ description: 'x', quantity: 1, unitAmountCents: 1 })) }, 'lines'],
      [{ lines: [{ description: ' ', quantity: 1, unitAmountCents: 1 }] }, 'lines.0.description'],
      [
        {
          lines: [
            { description: 'a', quantity: 1, unitAmountCents: 1 },
            { description: 'b', quantity: 1.5, unitAmountCents: 1 },
          ],
        },
        'lines.1.quantity',
      ],
      [{ lines: [{ description: 'a', quantity: 1, unitAmountCents: -5 }] }, 'lines.0.unitAmountCents'],
      [{ lines: [{ description: 'a', quantity: 10_000, unitAmountCents: 10_000_000 }] }, 'lines'],
      [{ currency: 'EUR' }, 'currency'],
      [{ memo: 'm'.repeat(501) }, 'memo'],
      [{ collection: ManualInvoiceCollection.CHARGE_AUTOMATICALLY, daysUntilDue: 5 }, 'daysUntilDue'],
      [{ daysUntilDue: 366 }, 'daysUntilDue'],
    ];
    for (const [overrides, field] of cases)
      expect(refusedField(() => checkManualInvoice(request(overrides), 'usd'))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts the customer currency in any case and totals quantity x unit amount', () => {
    expect(checkManualInvoice(request({ currency: 'USD' }), 'usd')).toEqual({ daysUntilDue: 30 });
    expect(
      manualInvoiceTotalCents([
        { description: 'a', quantity: 2, unitAmountCents: 15_000 },
        { description: 'b', quantity: 1, unitAmountCents: 7_500 },
      ]),
    ).toBe(37_500);
  });
});

describe('creditNoteSplit', () => {
  it('splits a paid invoice note into the card refund and the balance credit; an open one has neither', () => {
    const refund = (amount: number) => ({ amount_refunded: amount, refund: 're_1', payment_record_refund: null, type: 'refund' as const });
    expect(creditNoteSplit({ post_payment_amount: 1_000, out_of_band_amount: null, refunds: [refund(400)] })).toEqual({
      refundCents: 400,
      balanceCents: 600,
    });
    expect(creditNoteSplit({ post_payment_amount: 0, out_of_band_amount: null, refunds: [] })).toEqual({ refundCents: 0, balanceCents: 0 });
    expect(creditNoteSplit({ post_payment_amount: 1_000, out_of_band_amount: 300, refunds: [] })).toEqual({
      refundCents: 0,
      balanceCents: 700,
    });
  });
});
