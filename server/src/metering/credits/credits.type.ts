import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Credits', {
  description:
    'Credits of the current billing period. Included credits are spent first, then prepaid ones, then overage where the plan allows it.',
})
export class CreditsType {
  @Field(() => Date)
  periodStart!: Date;

  @Field(() => Date)
  periodEnd!: Date;

  @Field(() => Int, { description: 'Included credits granted for this period (plan or override).' })
  includedCredits!: number;

  @Field(() => Int)
  includedRemaining!: number;

  @Field(() => Int, { description: 'Prepaid credits left; they carry over to the next period.' })
  prepaidRemaining!: number;

  @Field(() => Int, { description: 'Credits held by calls in flight.' })
  reservedCredits!: number;

  @Field(() => Int, { description: 'Credits used this period, overage included.' })
  usedCredits!: number;

  @Field(() => Int, { description: 'Credits used beyond the grants this period, billed at the overage price.' })
  overageCredits!: number;

  @Field(() => Int, { nullable: true, description: 'Price of 1,000 overage credits in cents; null is a hard stop.' })
  overageCentsPer1000Credits!: number | null;
}
