import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { Invoice } from '../billing/index.js';
import { isUuid, notFound } from '../platform/graphql/index.js';
import { AdminRole } from '../platform/staff/index.js';
import { invoiceDetail } from './invoice-detail.js';
import { AdminInvoiceDetailType } from './invoice-detail.type.js';

/** The invoice page of the console: whoever may list invoices may open one. */
@Resolver()
export class InvoiceDetailResolver {
  @Query(() => AdminInvoiceDetailType, {
    description: 'One invoice with its lines (overage lines with the GraphQL operations behind them), payments and refunds.',
  })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT, AdminRole.FINANCE)
  async adminInvoice(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<AdminInvoiceDetailType> {
    const invoice = isUuid(id) ? await em.findOne(Invoice, id) : null;
    if (!invoice) throw notFound('Invoice');
    return invoiceDetail(em, invoice);
  }
}
