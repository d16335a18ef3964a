import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('PlanPriceVersion', {
  description: 'One price of a plan in Stripe. A price change makes a new version; subscribers keep theirs until migrated.',
})
export class PlanPriceVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first price, one more per price change. The highest is what new sign-ups pay.' })
  version!: number;

  @Field(() => Int, { description: 'Base price per month in cents.' })
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Price of 1,000 overage credits in cents; null is a hard stop.' })
  overageCentsPer1000Credits!: number | null;

  @Field(() => String)
  stripeBasePriceId!: string;

  @Field(() => String, { nullable: true })
  stripeMeteredPriceId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { description: 'Live subscriptions whose base item pays this price, as the last Stripe webhook reported it.' })
  subscribers!: number;

  @Field(() => Boolean, { description: 'True for the newest version, which new sign-ups, Checkout and plan changes use.' })
  current!: boolean;
}

@ObjectType('PlanPriceMigrationLine', {
  description: 'A subscription on an older price of the plan and what it would pay after migrating.',
})
export class PlanPriceMigrationLineType {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  company!: string;

  @Field(() => String)
  stripeSubscriptionId!: string;

  @Field(() => Int, { nullable: true, description: 'The version it pays now; null for a price made before versions were kept.' })
  currentVersion!: number | null;

  @Field(() => Int)
  currentPriceCents!: number;

  @Field(() => Int)
  newPriceCents!: number;

  @Field(() => Date, { description: 'The end of the current period: the renewal invoice is the first to bill the new price.' })
  effectiveAt!: Date;
}

@ObjectType('PlanPriceMigration', {
  description: 'Subscribers of a plan on older prices, moved (or to be moved) to its newest version at their next renewal.',
})
export class PlanPriceMigrationType {
  @Field(() => String)
  planCode!: string;

  @Field(() => Int)
  targetVersion!: number;

  @Field(() => Int, { description: 'How many subscriptions move (or moved, for the mutation); zero when everyone is on the newest price.' })
  count!: number;

  @Field(() => [PlanPriceMigrationLineType])
  subscriptions!: PlanPriceMigrationLineType[];
}
