import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SubscriptionStatus } from '../billing/subscription.entity.js';

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
