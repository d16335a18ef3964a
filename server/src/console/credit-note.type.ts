import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CreditNote', { description: 'A Stripe credit note on an invoice, as mirrored from webhooks.' })
export class CreditNoteType {
  @Field(() => ID) id!: string;
  @Field(() => String) stripeCreditNoteId!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'issued or void.' }) status!: string;
  @Field(() => Int) amountCents!: number;
  @Field(() => Int, { description: 'The part refunded on the card.' }) refundCents!: number;
  @Field(() => Int, { description: "The part added to the customer's Stripe balance, taken off the next invoice." })
  balanceCents!: number;
  @Field(() => String, { nullable: true, description: "Stripe's reason code, if one was given." }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'The memo; for console credit notes, the reason staff gave.' })
  memo!: string | null;
  @Field(() => Date, { description: 'When Stripe issued it.' }) issuedAt!: Date;
}
