import { graphql } from '../../generated';

export const AllPlansDocument = graphql(`
  query ConsoleAllPlans {
    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features }
  }
`);

export const UpdatePlanDocument = graphql(`
  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {
    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features }
  }
`);

export const SyncPlansDocument = graphql(`mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }`);
