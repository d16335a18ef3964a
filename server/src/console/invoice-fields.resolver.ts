import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../api/index.js';
import { InvoiceType } from '../billing/index.js';
import { CreditNoteType } from './credit-note.type.js';
import { adminLoaders } from './loaders.js';

/** Fields of the console's Invoice read from other mirror tables, batched per request. */
@Resolver(() => InvoiceType)
export class InvoiceFieldsResolver {
  @FieldResolver(() => [CreditNoteType], { description: 'Credit notes issued on this invoice, oldest first.' })
  creditNotes(@Root() invoice: InvoiceType, @Ctx() { em }: Context): Promise<CreditNoteType[]> {
    return adminLoaders(em).creditNotes.load(invoice.stripeInvoiceId);
  }
}
