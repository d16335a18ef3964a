import { Field, ObjectType, Int, registerEnumType } from 'type-graphql';
import { InvoiceLineKind, InvoiceType } from '../billing/index.js';

registerEnumType(InvoiceLineKind, { name: 'InvoiceLineKind', description: "What a line bills, from its price's lookup key." });

@ObjectType('InvoiceLineOperation', {
  description: 'One GraphQL operation behind an overage line: the calls that went over the allowance.',
})
export class InvoiceLineOperationType {
  @Field(() => String) operationName!: string;
  @Field(() => Int, { description: 'Calls of this operation with overage in the line period.' }) calls!: number;
  @Field(() => Int) overageCredits!: number;
}

@ObjectType('AdminInvoiceLine')
export class AdminInvoiceLineType {
  @Field(() => String) id!: string;
  @Field(() => InvoiceLineKind) kind!: InvoiceLineKind;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) amountCents!: number;
  @Field(() => Int, { nullable: true }) quantity!: number | null;
  @Field(() => String) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => [InvoiceLineOperationType], {
    description:
      'For an overage line, the operations whose usage events in the line period carried overage, most credits first; empty otherwise.',
  })
  operations!: InvoiceLineOperationType[];
}

@ObjectType('InvoicePayment', { description: 'A payment of the invoice as the mirror records it.' })
export class InvoicePaymentType {
  @Field(() => Int) amountCents!: number;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
}

@ObjectType('InvoiceRefund', {
  description:
    'A refund of the invoice: one per console refund (from the audit log), plus one for any amount refunded elsewhere (in Stripe itself).',
})
export class InvoiceRefundType {
  @Field(() => Int) amountCents!: number;
  @Field(() => Date, { nullable: true }) refundedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who refunded it; null when it was refunded outside the console.' })
  actorEmail!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('AdminInvoiceDetail', { description: 'One invoice with its lines explained, its payments and its refunds.' })
export class AdminInvoiceDetailType {
  @Field(() => InvoiceType) invoice!: InvoiceType;
  @Field(() => [AdminInvoiceLineType]) lines!: AdminInvoiceLineType[];
  @Field(() => [InvoicePaymentType]) payments!: InvoicePaymentType[];
  @Field(() => [InvoiceRefundType]) refunds!: InvoiceRefundType[];
}
