import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** Fields a super admin may change on a plan; absent fields stay as they are. */
@InputType('UpdatePlanInput')
export class UpdatePlanInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  priceCents?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  includedCredits?: number | null;

  @Field(() => Int, { nullable: true, description: 'Set with hardStop: false; ignored when hardStop is true.' })
  @IsOptional()
  @Min(0)
  overageCentsPer1000Credits?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true removes overage (a hard stop).' })
  @IsOptional()
  hardStop?: boolean | null;

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
  @Min(1)
  maxIterationsSync?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  maxConcurrentJobs?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  maxWorkUnitsPerRun?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  features?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;
}
