import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode } from '../../platform/graphql/index.js';

@ObjectType('Quote', { description: 'The price of an operation for the caller, computed without running it.' })
export class QuoteType {
  @Field(() => Int, { description: 'Credits the operation reserves (its static cost); it settles at this or less.' })
  credits!: number;

  @Field(() => Int, { description: 'The per-request maximum.' })
  maximumCredits!: number;

  @Field(() => Int, { description: 'Credits the remaining included and prepaid credits would cover.' })
  coveredCredits!: number;

  @Field(() => Int, { description: 'Credits that would be overage.' })
  overageCredits!: number;

  @Field(() => Int, { description: 'Overage price of the call in cents, rounded up; 0 when covered.' })
  overageCents!: number;

  @Field(() => Int, { description: 'Price of the whole call at the overage rate, in cents, rounded up (its list price).' })
  listPriceCents!: number;

  @Field(() => Int, { nullable: true })
  overageCentsPer1000Credits!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the call would be refused now (an ErrorCode), or null.' })
  refusal!: ErrorCode | null;
}
