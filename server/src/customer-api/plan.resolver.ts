import { Ctx, Query, Resolver } from 'type-graphql';
import { Public, type Context } from '../api/index.js';
import { Plan, PlanType } from '../domain/plans/index.js';

@Resolver()
export class PlanResolver {
  @Query(() => [PlanType], { description: 'The plans on sale, cheapest first.' })
  @Public()
  plans(@Ctx() { em }: Context): Promise<Plan[]> {
    return em.find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
  }
}
