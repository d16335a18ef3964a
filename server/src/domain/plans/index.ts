/** The domain/plans module's public surface: other modules import only what is listed here. */
export { CreatePlanInput } from './create-plan.input.js';
export { CustomerOverridesInput, CustomerOverridesType } from './customer-overrides.input.js';
export { Plan } from './plan.entity.js';
export { PlanType } from './plan.type.js';
export { UpdatePlanInput } from './update-plan.input.js';
export { createPlan, linkPlanToStripe, seedPlans, type NewPlan } from './plan-writes.js';
export { PlanPriceVersion } from './plan-price-version.entity.js';
export { priceVersionsOf, recordPriceVersion } from './price-versions.js';
