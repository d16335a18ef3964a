import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/auth-rules.js';
import type { Context } from '../../graphql/context.js';
import { Plan } from './plan.entity.js';
import { PlanType } from './plan.type.js';

@Resolver()
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The plans on sale, cheapest first.' })
  @Public()
  plans(@Ctx() { em }: Context): Promise<Plan[]> {
    return em.find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
  }
}
