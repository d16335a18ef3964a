import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RevenueGroupBy {
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
}

@ArgsType()
export class RevenueMetricsArgs {
  @Field(() => Int, { defaultValue: 12, description: 'Months back from the current one, 1 to 36.' })
  @Min(1)
  @Max(36)
  months: number = 12;
}

@ObjectType('RevenueReportGroup')
export class RevenueReportGroupType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  mrrCents!: number;

  @Field(() => Int)
  lines!: number;
}

@ObjectType('RevenueReportLine')
export class RevenueReportLineType {
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

@ObjectType('RevenueReport', { description: 'Recurring revenue at the close of a month; the CSV export has the same lines and total.' })
export class RevenueReportType {
  @Field(() => String)
  month!: string;

  @Field(() => Int)
  totalMrrCents!: number;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => [RevenueReportGroupType])
  groups!: RevenueReportGroupType[];

  @Field(() => [RevenueReportLineType], { description: 'The first 500 lines; the CSV export has all of them.' })
  lines!: RevenueReportLineType[];
}
