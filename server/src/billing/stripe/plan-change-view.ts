import type { Plan } from '../../domain/plans/index.js';
import type { PlanChangePreview } from './plan-changes.js';
import type { PlanChangeType } from './billing.type.js';

/** The preview with the change in limits and features, as integrators and the console read it. */
export function planChange(preview: PlanChangePreview): PlanChangeType {
  const { from, to } = preview;
  const diff = (pick: (plan: Plan) => number) => pick(to) - pick(from);
  return {
    ...preview,
    includedCreditsChange: diff((plan) => plan.includedCredits),
    rateLimitChange: diff((plan) => plan.rateLimitCreditsPerSecond),
    maxIterationsSyncChange: diff((plan) => plan.maxIterationsSync),
    maxConcurrentJobsChange: diff((plan) => plan.maxConcurrentJobs),
    featuresAdded: to.features.filter((feature) => !from.features.includes(feature)),
    featuresRemoved: from.features.filter((feature) => !to.features.includes(feature)),
  };
}
