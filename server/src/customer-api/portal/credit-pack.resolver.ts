import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Public } from '../../api/index.js';
import { CREDIT_PACKS, type CreditPack } from '../../billing/index.js';

@ObjectType('CreditPack', { description: 'Prepaid credits sold once through Checkout (buyCredits / portalBuyCredits).' })
export class CreditPackType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  credits!: number;

  @Field(() => Int)
  priceCents!: number;

  @Field(() => String)
  currency!: string;
}

@Resolver()
export class CreditPackResolver {
  @Query(() => [CreditPackType], { description: 'The credit packs on sale, smallest first.' })
  @Public()
  creditPacks(): readonly CreditPack[] {
    return CREDIT_PACKS;
  }
}
