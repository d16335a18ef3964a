import { randomInt } from 'node:crypto';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { SimulationMode, SimulationRun, SimulationStatus } from '../../server/src/domain/simulation/simulation-run.entity.js';
import { customerWithKey } from './factories.js';
import type { TestApp } from './test-app.js';

export type MarginSeed = { customerId: string; company: string; month: string; invoiceId: string };

/**
 * A customer billed 12,000 cents in a month of 2011 (a year no other test bills in, so they rank first there),
 * with two finished runs of 1 h and 30 min that month and a 10 h run the month after, which must not count.
 */
export async function customerWithMargin(app: TestApp): Promise<MarginSeed> {
  const { customer, keyId } = await customerWithKey(app, { plan: 'pro' });
  const monthIndex = randomInt(0, 11);
  const month = `2011-${String(monthIndex + 1).padStart(2, '0')}`;
  const inMonth = new Date(Date.UTC(2011, monthIndex, 10));
  const em = app.services.orm.em.fork();
  const invoice = em.create(Invoice, {
    stripeInvoiceId: `in_margin_${customer.id}`,
    customerId: customer.id,
    number: `MRG-${customer.id.slice(0, 6)}`,
    status: 'paid',
    currency: 'usd',
    subtotalCents: 12_000,
    totalCents: 12_000,
    amountPaidCents: 12_000,
    amountDueCents: 12_000,
    amountRefundedCents: 0,
    periodStart: inMonth,
    periodEnd: new Date(Date.UTC(2011, monthIndex + 1, 10)),
    issuedAt: inMonth,
    lines: [
      {
        id: 'il_margin',
        description: 'Pro',
        amountCents: 12_000,
        quantity: 1,
        priceId: null,
        lookupKey: 'carlo_pro_base',
        proration: false,
        periodStart: inMonth.toISOString(),
        periodEnd: inMonth.toISOString(),
      },
    ],
  });
  const run = (createdAt: Date, durationMs: number) =>
    em.create(SimulationRun, {
      customer: customer.id,
      apiKey: keyId,
      mode: SimulationMode.SYNC,
      status: SimulationStatus.SUCCEEDED,
      input: { iterations: 1000, inputs: [], outputs: [] },
      seed: 7,
      reproducibilityKey: `margin-${customer.id}-${durationMs}`,
      engineVersion: 'test',
      iterations: 1000,
      credits: 1,
      createdAt,
      finishedAt: createdAt,
      durationMs,
    });
  run(inMonth, 3_600_000);
  run(inMonth, 1_800_000);
  run(new Date(Date.UTC(2011, monthIndex + 1, 2)), 36_000_000);
  await em.flush();
  return { customerId: customer.id, company: customer.company, month, invoiceId: invoice.id };
}
