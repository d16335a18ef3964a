import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MrrGroupBy {
  PLAN = 'plan',
  CUSTOMER = 'customer',
}
registerEnumType(MrrGroupBy, { name: 'MrrGroupBy' });

export enum RevenueGroupBy {
  MONTH = 'month',
  PLAN = 'plan',
  CUSTOMER = 'customer',
}
registerEnumType(RevenueGroupBy, { name: 'RevenueGroupBy' });

@ObjectType('RevenueMonth', { description: 'Revenue metrics of one calendar month (UTC), as defined in docs/revenue-metrics.md.' })
export class RevenueMonthType {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  mrrCents!: number;

  @Field(() => Int)
  arrCents!: number;

  @Field(() => Int)
  payingCustomers!: number;

  @Field(() => Int)
  newCustomers!: number;

  @Field(() => Int)
  churnedCustomers!: number;

  @Field(() => Float)
  logoChurnRate!: number;

  @Field(() => Float)
  revenueChurnRate!: number;

  @Field(() => Int)
  arpuCents!: number;

  @Field(() => Float)
  netRevenueRetention!: number;

  @Field(() => Int, { description: 'Billed in the month (open and paid invoices issued in it).' })
  billedCents!: number;

  @Field(() => Int, { description: 'Of which metered overage.' })
  overageCents!: number;
}

@ArgsType()
export class RevenueMetricsArgs {
  @Field(() => Int, { defaultValue: 12, description: 'Months back from the current one, 1 to 36.' })
  @Min(1)
  @Max(36)
  months: number = 12;
}

@ObjectType('MrrReportGroup')
export class MrrReportGroupType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  mrrCents!: number;

  @Field(() => Int)
  lines!: number;
}

@ObjectType('MrrReportLine')
export class MrrReportLineType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  company!: string;

  @Field(() => String)
  planCode!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Int)
  mrrCents!: number;
}

@ObjectType('MrrReport', { description: 'Recurring revenue at the close of a month; GET /reports/mrr.csv has the same lines and total.' })
export class MrrReportType {
  @Field(() => String)
  month!: string;

  @Field(() => Int)
  totalMrrCents!: number;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => [MrrReportGroupType])
  groups!: MrrReportGroupType[];

  @Field(() => [MrrReportLineType], { description: 'The first 500 lines; the CSV export has all of them.' })
  lines!: MrrReportLineType[];
}

@ObjectType('RevenueReportGroup')
export class RevenueReportGroupType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => Int, { description: 'Of which metered overage.' })
  overageCents!: number;

  @Field(() => Int)
  lines!: number;
}

@ObjectType('RevenueReportLine', { description: 'One line of a billed invoice.' })
export class RevenueReportLineType {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { nullable: true })
  invoiceNumber!: string | null;

  @Field(() => ID, { nullable: true })
  customerId!: string | null;

  @Field(() => String, { nullable: true })
  company!: string | null;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => String)
  status!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'subscription, overage, credit_pack or other.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  planCode!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  amountCents!: number;
}

@ObjectType('RevenueReport', {
  description:
    'Billed revenue from the invoice mirror: open and paid invoices issued in the period, line by line. GET /reports/revenue.csv has the same lines, then a negative refund line per refunded invoice.',
})
export class RevenueReportType {
  @Field(() => String, { description: 'YYYY-MM, inclusive.' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM, inclusive.' })
  to!: string;

  @Field(() => Int, { description: 'Sum of the lines.' })
  billedCents!: number;

  @Field(() => Int)
  overageCents!: number;

  @Field(() => Int, { description: 'Refunded on these invoices.' })
  refundedCents!: number;

  @Field(() => Int, { description: 'billedCents - refundedCents.' })
  netCents!: number;

  @Field(() => Int, {
    description: "The mirror's sum of invoice subtotals for the same invoices; equals billedCents when lines and invoices reconcile.",
  })
  mirrorSubtotalCents!: number;

  @Field(() => Int)
  invoiceCount!: number;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => [RevenueReportGroupType])
  groups!: RevenueReportGroupType[];

  @Field(() => [RevenueReportLineType], { description: 'The first 500 lines; the CSV export has all of them.' })
  lines!: RevenueReportLineType[];
}
