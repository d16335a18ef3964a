import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Plan', { description: 'A plan tier: its price, included credits, overage rule and limits.' })
export class PlanType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'free, starter, pro, team or enterprise.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Price per month in cents.' })
  priceCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => Int, { description: 'Credits included each billing period.' })
  includedCredits!: number;

  @Field(() => Int, { nullable: true, description: 'Price of 1,000 credits beyond the included ones, in cents; null is a hard stop.' })
  overageCentsPer1000Credits!: number | null;

  @Field(() => Int)
  rateLimitCreditsPerSecond!: number;

  @Field(() => Int)
  burstCredits!: number;

  @Field(() => Int)
  maxIterationsSync!: number;

  @Field(() => Int)
  maxConcurrentJobs!: number;

  @Field(() => Int, {
    description: 'Work units one simulation run may take: iterations x (inputs + outputs beyond the first + formula operations / 64).',
  })
  maxWorkUnitsPerRun!: number;

  @Field(() => [String])
  features!: string[];

  @Field(() => Boolean, {
    description: 'On sale: offered by the storefront, sign-up and plan changes. An archived plan keeps its subscribers.',
  })
  active!: boolean;
}
