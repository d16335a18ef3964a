import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../api/auth-rules.js';
import type { Context } from '../api/context.js';
import { Plan } from '../domain/plans/plan.entity.js';
import { PlanType } from '../domain/plans/plan.type.js';

@Resolver()
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The plans on sale, cheapest first.' })
  @Public()
  plans(@Ctx() { em }: Context): Promise<Plan[]> {
    return em.find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
  }
}
