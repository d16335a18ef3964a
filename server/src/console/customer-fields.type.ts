import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SubscriptionStatus } from '../domain/subscriptions/index.js';

/** The customer's newest subscription as the console shows it; Stripe ids stay out. */
@ObjectType('CustomerSubscription')
export class CustomerSubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  status!: SubscriptionStatus;

  @Field(() => String)
  planCode!: string;

  @Field(() => String)
  planName!: string;

  @Field(() => Int, { description: 'Plan price per month in cents.' })
  priceCents!: number;

  @Field(() => Date)
  currentPeriodStart!: Date;

  @Field(() => Date)
  currentPeriodEnd!: Date;

  @Field(() => Boolean)
  cancelAtPeriodEnd!: boolean;

  @Field(() => Date, { nullable: true })
  trialEnd!: Date | null;

  @Field(() => Date, { nullable: true })
  pastDueSince!: Date | null;

  @Field(() => Date, { nullable: true })
  canceledAt!: Date | null;
}

@ObjectType('CustomerKeyCounts')
export class CustomerKeyCountsType {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  active!: number;
}

@ObjectType('CustomerUsageDay', { description: 'One UTC day of a customer’s usage events.' })
export class CustomerUsageDayType {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' })
  day!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  chargedCredits!: number;

  @Field(() => Int)
  overageCredits!: number;

  @Field(() => Int, { description: 'Calls with status failed or partial.' })
  errors!: number;

  @Field(() => Int)
  p95LatencyMs!: number;
}

@ObjectType('CustomerUsageOperation')
export class CustomerUsageOperationType {
  @Field(() => String)
  operationName!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  chargedCredits!: number;
}

@ObjectType('CustomerLedgerEntry', { description: 'One append-only credit ledger entry.' })
export class CustomerLedgerEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  credits!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => Date)
  periodStart!: Date;

  @Field(() => Date)
  createdAt!: Date;
}
