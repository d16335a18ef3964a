import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum UsageGroupBy {
  DAY = 'DAY',
  OPERATION = 'OPERATION',
  KEY = 'KEY',
}

export enum UsagePeriod {
  CURRENT = 'CURRENT',
  PREVIOUS = 'PREVIOUS',
}

registerEnumType(UsageGroupBy, { name: 'UsageGroupBy' });
registerEnumType(UsagePeriod, { name: 'UsagePeriod', description: 'A billing period relative to now.' });

@ObjectType('UsageRow')
export class UsageRowType {
  @Field(() => String, { description: 'The day (YYYY-MM-DD, UTC), the operation name, or the API key id.' })
  group!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  requestedCredits!: number;

  @Field(() => Int)
  chargedCredits!: number;

  @Field(() => Int)
  overageCredits!: number;
}

@ObjectType('UsageReport', { description: "Usage of the caller's account in one billing period, from its usage events." })
export class UsageReportType {
  @Field(() => Date)
  periodStart!: Date;

  @Field(() => Date)
  periodEnd!: Date;

  @Field(() => UsageGroupBy)
  groupBy!: UsageGroupBy;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  chargedCredits!: number;

  @Field(() => Int)
  overageCredits!: number;

  @Field(() => [UsageRowType], { description: 'At most 500 groups, largest charge first (days in date order).' })
  rows!: UsageRowType[];
}
