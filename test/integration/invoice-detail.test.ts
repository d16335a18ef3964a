import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { signedInAdmin } from '../support/factories.js';
import { invoiceWithOverage } from '../support/invoice-with-overage.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const Detail = graphql(`
  query InvoiceDetailTest($id: ID!) {
    adminInvoice(id: $id) {
      invoice { id amountRefundedCents }
      lines { id kind amountCents operations { operationName calls overageCredits } }
      payments { amountCents paidAt }
      refunds { amountCents actorEmail reason }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('adminInvoice', () => {
  it('explains an overage line by the operations of its period, and lists the payment and every refund', async () => {
    const { invoice } = await invoiceWithOverage(app);
    const { cookie } = await signedInAdmin(app, AdminRole.FINANCE);
    const response = await app.client.request(Detail, { id: invoice.id }, { cookie });
    expect(response.errors).toEqual([]);
    const detail = response.data?.adminInvoice;
    expect(detail?.lines).toEqual([
      { id: 'il_base', kind: 'BASE', amountCents: 2_900, operations: [] },
      {
        id: 'il_overage',
        kind: 'OVERAGE',
        amountCents: 32,
        operations: [
          { operationName: 'runSimulation', calls: 3, overageCredits: 30 },
          { operationName: 'me', calls: 1, overageCredits: 2 },
        ],
      },
    ]);
    expect(detail?.payments).toEqual([{ amountCents: 2_932, paidAt: '2024-03-01T01:00:00.000Z' }]);
    // The console's refund from the audit log, and the rest of the refunded amount as one made in Stripe.
    expect(detail?.refunds).toEqual([
      { amountCents: 300, actorEmail: 'finance@example.com', reason: 'goodwill for an outage' },
      { amountCents: 200, actorEmail: null, reason: null },
    ]);
  });

  it('answers NOT_FOUND for an id that is no invoice', async () => {
    const { cookie } = await signedInAdmin(app, AdminRole.SUPPORT);
    const response = await app.client.request(Detail, { id: '00000000-0000-4000-8000-000000000000' }, { cookie });
    expect(response.errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
