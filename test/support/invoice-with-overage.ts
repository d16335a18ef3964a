import { randomUUID } from 'node:crypto';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { StripeReportState, UsageEvent, UsageStatus } from '../../server/src/metering/usage/usage-event.entity.js';
import { recordAudit } from '../../server/src/platform/staff/audit.service.js';
import { customerWithKey } from './factories.js';
import type { TestApp } from './test-app.js';

const PERIOD_START = '2024-02-01T00:00:00.000Z';
const PERIOD_END = '2024-03-01T00:00:00.000Z';

/**
 * A paid invoice of February 2024 with a base and an overage line, the usage events behind the
 * overage (runSimulation 3 calls x 10 credits over, me 1 call x 2 over; one call within the
 * allowance and one March call that are not), one console refund of 300 cents in the audit log and
 * 200 more refunded in Stripe itself (amountRefundedCents 500).
 */
export async function invoiceWithOverage(app: TestApp): Promise<{ invoice: Invoice; customerId: string }> {
  const { customer, keyId } = await customerWithKey(app);
  const em = app.services.orm.em.fork();
  const event = (operationName: string, overageCredits: number, occurredAt: string) =>
    em.create(UsageEvent, {
      requestId: `req_${randomUUID()}`,
      customerId: customer.id,
      apiKeyId: keyId,
      periodStart: new Date(PERIOD_START),
      operationName,
      requestedCredits: 10,
      actualCredits: 10,
      chargedCredits: 10,
      overageCredits,
      status: UsageStatus.OK,
      latencyMs: 5,
      occurredAt: new Date(occurredAt),
      stripeReportState: overageCredits > 0 ? StripeReportState.REPORTED : StripeReportState.NOT_BILLABLE,
    });
  for (const day of ['02', '10', '28']) event('runSimulation', 10, `2024-02-${day}T12:00:00Z`);
  event('me', 2, '2024-02-15T00:00:00Z');
  event('me', 0, '2024-02-16T00:00:00Z');
  event('runSimulation', 10, '2024-03-01T00:00:00Z');
  const line = (id: string, lookupKey: string, amountCents: number, quantity: number) => ({
    id,
    description: `${lookupKey} line`,
    amountCents,
    quantity,
    priceId: null,
    lookupKey,
    proration: false,
    periodStart: PERIOD_START,
    periodEnd: PERIOD_END,
  });
  const invoice = em.create(Invoice, {
    stripeInvoiceId: `in_overage_${customer.id}`,
    customerId: customer.id,
    number: `OVR-${customer.id.slice(0, 6)}`,
    status: 'paid',
    currency: 'usd',
    subtotalCents: 2_932,
    totalCents: 2_932,
    amountPaidCents: 2_932,
    amountDueCents: 2_932,
    amountRefundedCents: 500,
    periodStart: new Date(PERIOD_START),
    periodEnd: new Date(PERIOD_END),
    paidAt: new Date('2024-03-01T01:00:00Z'),
    issuedAt: new Date('2024-03-01T00:30:00Z'),
    lines: [line('il_base', 'carlo_team_base', 2_900, 1), line('il_overage', 'carlo_team_overage', 32, 32)],
  });
  await em.flush();
  recordAudit(
    em,
    { principal: null, ip: null, requestId: null, email: 'finance@example.com' },
    {
      action: 'invoice.refund',
      targetType: 'invoice',
      targetId: invoice.id,
      before: { refundedCents: 300 },
      after: { reason: 'goodwill for an outage', status: 'paid', amountRefundedCents: 300 },
    },
  );
  await em.flush();
  return { invoice, customerId: customer.id };
}
