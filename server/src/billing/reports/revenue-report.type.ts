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

  @Field(() => Int, { description: 'Customers paying at the opening whose MRR rose by the close.' })
  upgradedCustomers!: number;

  @Field(() => Int, { description: 'Customers paying at the opening whose MRR fell by the close without churning.' })
  downgradedCustomers!: number;

  @Field(() => Float, { description: 'upgradedCustomers / customers paying at the opening.' })
  upgradeRate!: number;

  @Field(() => Float, { description: 'downgradedCustomers / customers paying at the opening.' })
  downgradeRate!: number;

  @Field(() => Float, { nullable: true, description: 'Lifetime value: ARPU / logo churn rate, in cents; null when nobody churned.' })
  ltvCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Invoices issued in the month asking for a payment that were paid with no failed attempt, over all of them; null when none.',
  })
  paymentSuccessRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Invoices issued in the month with a failed payment that have since been paid, over all of them; null when none failed.',
  })
  failedPaymentRecoveryRate!: number | null;

  @Field(() => Int, { description: 'Billed in the month (open and paid invoices issued in it).' })
  billedCents!: number;

  @Field(() => Int, { description: 'Of which metered overage.' })
  overageCents!: number;
}

@ObjectType('RevenueCohort', {
  description: 'Logo retention of the customers whose first paid month is `cohort` (docs/revenue-metrics.md).',
})
export class RevenueCohortType {
  @Field(() => String, { description: 'YYYY-MM of the first paid month.' })
  cohort!: string;

  @Field(() => Int)
  customers!: number;

  @Field(() => [Float], {
    description: 'Entry k: share of the cohort paying at the close of the k-th month after it (0 = the cohort month).',
  })
  retention!: number[];
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
    'Billed revenue from the invoice mirror: open and paid invoices issued in the period, line by line. GET /reports/revenue.csv has the same lines, then a negative line per refund and per credit note (its part not refunded).',
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

  @Field(() => Int, {
    description:
      'Credit notes issued in the period, less their refunded part (which refundedCents holds): credited to the balance or taken off an unpaid invoice.',
  })
  creditedCents!: number;

  @Field(() => Int, { description: 'billedCents - refundedCents - creditedCents.' })
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

@ObjectType('CustomerMargin', {
  description: 'Gross margin of one customer over the report months: billed revenue minus compute cost (docs/revenue-metrics.md).',
})
export class CustomerMarginType {
  @Field(() => ID) customerId!: string;
  @Field(() => String) company!: string;
  @Field(() => Int) revenueCents!: number;
  @Field(() => Int, { description: 'Run time of the simulations the customer started in the months, in seconds.' })
  computeSeconds!: number;
  @Field(() => Int, { description: 'computeSeconds x COMPUTE_COST_CENTS_PER_HOUR / 3600, rounded to the cent.' })
  computeCostCents!: number;
  @Field(() => Int) marginCents!: number;
  @Field(() => Float, { nullable: true, description: 'marginCents / revenueCents, four decimals; null without revenue.' })
  marginRate!: number | null;
}
