import { graphql } from '../../generated';

export const AllPlansDocument = graphql(`
  query ConsoleAllPlans {
    allPlans { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }
  }
`);

export const UpdatePlanDocument = graphql(`
  mutation ConsoleUpdatePlan($code: String!, $input: UpdatePlanInput!) {
    updatePlan(code: $code, input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }
  }
`);

export const SyncPlansDocument = graphql(`mutation ConsoleSyncPlans { syncPlansToStripe { plans created } }`);

export const CreatePlanDocument = graphql(`
  mutation ConsoleCreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs maxWorkUnitsPerRun features active }
  }
`);

export const PlanPriceVersionsDocument = graphql(`
  query ConsolePlanPriceVersions($planCode: String!) {
    planPriceVersions(planCode: $planCode) { id version priceCents overageCentsPer1000Credits stripeBasePriceId stripeMeteredPriceId createdAt subscribers current }
  }
`);

export const PreviewPriceMigrationDocument = graphql(`
  query ConsolePreviewPriceMigration($planCode: String!) {
    previewPlanPriceMigration(planCode: $planCode) {
      targetVersion count
      subscriptions { subscriptionId company currentVersion currentPriceCents newPriceCents effectiveAt }
    }
  }
`);

export const MigratePlanSubscribersDocument = graphql(`
  mutation ConsoleMigratePlanSubscribers($planCode: String!, $reason: String!) {
    migratePlanSubscribers(planCode: $planCode, reason: $reason) { targetVersion count }
  }
`);
