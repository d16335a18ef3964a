/** The domain/plans module's public surface: other modules import only what is listed here. */
export { CustomerOverridesInput, CustomerOverridesType } from './customer-overrides.input.js';
export { Plan } from './plan.entity.js';
export { PlanType } from './plan.type.js';
export { UpdatePlanInput } from './update-plan.input.js';
export { linkPlanToStripe, seedPlans } from './plan-writes.js';
