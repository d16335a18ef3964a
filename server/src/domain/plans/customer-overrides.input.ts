import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/**
 * Limits an admin sets for one customer. The whole set is replaced: a null or absent field falls
 * back to the plan, except overage, where `hardStop: true` turns overage off for this customer.
 */
@InputType('CustomerOverridesInput')
export class CustomerOverridesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1_000_000)
  rateLimitCreditsPerSecond?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10_000_000)
  burstCredits?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  includedCredits?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  overageCentsPer1000Credits?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: no overage for this customer whatever the plan says.' })
  @IsOptional()
  hardStop?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  maxIterationsSync?: number | null;

  @Field(() => String, { description: 'Why; kept in the audit log.' })
  @Length(3, 500)
  reason!: string;
}

@ObjectType('CustomerOverrides', { description: 'Limits set for one customer on top of its plan; null fields follow the plan.' })
export class CustomerOverridesType {
  @Field(() => Int, { nullable: true })
  rateLimitCreditsPerSecond!: number | null;

  @Field(() => Int, { nullable: true })
  burstCredits!: number | null;

  @Field(() => Int, { nullable: true })
  includedCredits!: number | null;

  @Field(() => Int, { nullable: true })
  overageCentsPer1000Credits!: number | null;

  @Field(() => Boolean)
  hardStop!: boolean;

  @Field(() => Int, { nullable: true })
  maxIterationsSync!: number | null;
}
