import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { ManualInvoiceCollection } from '../billing/index.js';

registerEnumType(ManualInvoiceCollection, {
  name: 'ManualInvoiceCollection',
  description: 'SEND_INVOICE e-mails the invoice with a due date; CHARGE_AUTOMATICALLY charges the saved card at once.',
});

@InputType('ManualInvoiceLineInput')
export class ManualInvoiceLineInput {
  @Field(() => String, { description: 'What the line bills, as the customer reads it (at most 250 characters).' })
  description!: string;

  @Field(() => Int, { description: 'At least 1.' })
  quantity!: number;

  @Field(() => Int, { description: 'Price of one unit in cents, above 0; the line bills quantity x unit amount.' })
  unitAmountCents!: number;
}

/** The rules (and their field errors) live in billing's checkManualInvoice, one place for the API and the tests. */
@InputType('ManualInvoiceInput')
export class ManualInvoiceInput {
  @Field(() => [ManualInvoiceLineInput], { description: '1 to 20 lines.' })
  lines!: ManualInvoiceLineInput[];

  @Field(() => ManualInvoiceCollection, { defaultValue: ManualInvoiceCollection.SEND_INVOICE })
  collection!: ManualInvoiceCollection;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until a sent invoice is due (1 to 365, default 30); empty for a charged invoice.',
  })
  daysUntilDue!: number | null;

  @Field(() => String, { nullable: true, description: 'Shown to the customer on the invoice (at most 500 characters).' })
  memo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The currency you expect, checked against the customer's (Stripe bills a customer in one currency).",
  })
  currency!: string | null;
}
