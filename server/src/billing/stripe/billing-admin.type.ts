import { IsOptional, Length, Matches } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { PageArgs, Paginated } from '../../platform/graphql/index.js';

@ObjectType('AdminSubscription', { description: 'A subscription with its Stripe ids, for the console.' })
export class AdminSubscriptionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => String) planCode!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) stripeSubscriptionId!: string | null;
  @Field(() => Date) currentPeriodStart!: Date;
  @Field(() => Date) currentPeriodEnd!: Date;
  @Field(() => Boolean) cancelAtPeriodEnd!: boolean;
  @Field(() => Date, { nullable: true }) trialEnd!: Date | null;
  @Field(() => Date, { nullable: true }) pastDueSince!: Date | null;
  @Field(() => Date, { nullable: true }) canceledAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastStripeEventAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AdminSubscriptionPage')
export class AdminSubscriptionPage extends Paginated(AdminSubscriptionType, 'AdminSubscription') {}

@ObjectType('InvoiceLine')
export class InvoiceLineType {
  @Field(() => String) id!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) amountCents!: number;
  @Field(() => Int, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true }) priceId!: string | null;
  @Field(() => Boolean) proration!: boolean;
  @Field(() => String) periodStart!: string;
  @Field(() => String) periodEnd!: string;
}

@ObjectType('Invoice', { description: 'A Stripe invoice as mirrored from webhooks.' })
export class InvoiceType {
  @Field(() => ID) id!: string;
  @Field(() => String) stripeInvoiceId!: string;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) billingReason!: string | null;
  @Field(() => String) currency!: string;
  @Field(() => Int) subtotalCents!: number;
  @Field(() => Int) totalCents!: number;
  @Field(() => Int) amountPaidCents!: number;
  @Field(() => Int) amountDueCents!: number;
  @Field(() => Int) amountRefundedCents!: number;
  @Field(() => Date) periodStart!: Date;
  @Field(() => Date) periodEnd!: Date;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => String, { nullable: true, description: "Stripe's hosted invoice page (to read and pay it); null while a draft." })
  hostedInvoiceUrl!: string | null;
  @Field(() => String, { nullable: true, description: "Stripe's link to the invoice as a PDF; null while a draft." })
  invoicePdfUrl!: string | null;
  @Field(() => [InvoiceLineType]) lines!: InvoiceLineType[];
}

@ObjectType('InvoicePage')
export class InvoicePage extends Paginated(InvoiceType, 'Invoice') {}

@ObjectType('StripeEventRecord', { description: 'One event of the webhook inbox.' })
export class StripeEventType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { nullable: true }) objectId!: string | null;
  @Field(() => String, { description: 'pending, processed, ignored or failed.' }) status!: string;
  @Field(() => Date) eventCreatedAt!: Date;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date, { nullable: true }) processedAt!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'The event as Stripe sent it.' }) payload!: Record<string, unknown>;
}

@ObjectType('StripeEventPage')
export class StripeEventPage extends Paginated(StripeEventType, 'StripeEvent') {}

@ObjectType('OutboxEntry', { description: 'Overage of one customer and hour on its way to the Stripe meter.' })
export class OutboxEntryType {
  @Field(() => ID) id!: string;
  @Field(() => String) identifier!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => Date) hourStart!: Date;
  @Field(() => Int) credits!: number;
  @Field(() => Int) attempts!: number;
  @Field(() => Date) nextAttemptAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) deadAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The last error; on a dead letter, the reason.' }) lastError!: string | null;
}

@ObjectType('OutboxPage')
export class OutboxPage extends Paginated(OutboxEntryType, 'OutboxEntry') {}

@ArgsType()
export class BillingListArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only the row with this id (subscriptions, invoices, stripe events): how the console links to one row.',
  })
  @IsOptional()
  @Length(1, 255)
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rows of this customer.' })
  @IsOptional()
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Status filter (subscriptions, invoices, stripe events); outbox: pending, sent or dead.',
  })
  @IsOptional()
  @Length(1, 24)
  status?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Invoices only: those issued in this calendar month, YYYY-MM in UTC (how a revenue chart opens its month).',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'issuedMonth must be a month as YYYY-MM, for example 2026-03.' })
  issuedMonth?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Invoices only: true for those with an overage line billing more than 0 (how the overage chart opens its invoices).',
  })
  @IsOptional()
  hasOverage?: boolean | null;
}
