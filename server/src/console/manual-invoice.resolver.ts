import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { Customer } from '../domain/customers/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { isUuid, notFound } from '../platform/graphql/index.js';
import { AdminRole, recordAudit } from '../platform/staff/index.js';
import { InvoiceType, createManualInvoice, manualInvoiceTotalCents } from '../billing/index.js';
import { auditReason } from './audit-reason.js';
import { ManualInvoiceInput } from './manual-invoice.input.js';

/** Billing a customer is finance's and the admins' work; support reads invoices only. */
const INVOICE_ISSUERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.FINANCE];

@Resolver()
export class ManualInvoiceResolver {
  @Mutation(() => InvoiceType, {
    description:
      'Creates a one-off invoice in Stripe (invoice items on a draft, then finalized) and sends it or charges the saved card. It is non-recurring revenue, never MRR. Writes an audit row with the reason.',
  })
  @ForAdmin(...INVOICE_ISSUERS)
  async adminCreateInvoice(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => ManualInvoiceInput) input: ManualInvoiceInput,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    const why = auditReason(reason);
    const customer = isUuid(customerId) ? await em.findOne(Customer, customerId) : null;
    if (!customer) throw notFound('Customer');
    const lines = input.lines.map((line) => ({ ...line }));
    const row = await createManualInvoice(
      em,
      services.billing.gateway,
      customer,
      {
        lines,
        collection: input.collection,
        daysUntilDue: input.daysUntilDue ?? null,
        memo: input.memo ?? null,
        currency: input.currency ?? null,
      },
      requestId,
    );
    // Written once Stripe holds the invoice, so the log never records one that does not exist.
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      {
        action: 'invoice.create_manual',
        targetType: 'customer',
        targetId: customer.id,
        before: null,
        after: {
          reason: why,
          stripeInvoiceId: row.stripeInvoiceId,
          number: row.number,
          status: row.status,
          collection: input.collection,
          totalCents: manualInvoiceTotalCents(lines),
          lines,
        },
      },
    );
    await em.flush();
    return row;
  }
}
