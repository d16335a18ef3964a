import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** A new plan from the console; the code becomes the Stripe lookup key and never changes. */
@InputType('CreatePlanInput')
export class CreatePlanInput {
  @Field(() => String, { description: 'Lower-case letters, digits and dashes, 2 to 32 characters; fixed once created.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,31}$/, { message: 'Use 2 to 32 lower-case letters, digits or dashes, starting with a letter or digit.' })
  code!: string;

  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { description: 'Monthly base price in cents.' })
  @Min(0)
  priceCents!: number;

  @Field(() => Int)
  @Min(0)
  includedCredits!: number;

  @Field(() => Int, { nullable: true, description: 'Null or absent means a hard stop (no overage).' })
  @IsOptional()
  @Min(0)
  overageCentsPer1000Credits?: number | null;

  @Field(() => Int)
  @Min(1)
  @Max(1_000_000)
  rateLimitCreditsPerSecond!: number;

  @Field(() => Int)
  @Min(1)
  @Max(10_000_000)
  burstCredits!: number;

  @Field(() => Int)
  @Min(1)
  maxIterationsSync!: number;

  @Field(() => Int)
  @Min(0)
  maxConcurrentJobs!: number;

  @Field(() => Int)
  @Min(1)
  maxWorkUnitsPerRun!: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  features?: string[] | null;
}
