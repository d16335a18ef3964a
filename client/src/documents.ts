import { graphql } from './generated/index.js';

/*
 * The operations the SDK's methods send. `npm run codegen` types them from schema.graphql into
 * ./generated; a stale copy fails `npm run check:generated`.
 */

export const SimulationResultFields = graphql(`fragment SimulationResultFields on SimulationResult {
  runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly
  autoStop { estimate halfWidth }
  warnings
  outputs {
    name count nonFinite mean std skewness kurtosis min max
    meanConfidenceInterval { level low high }
    percentiles { percentile value }
    histogram { edges counts }
    cdf { value probability }
    valueAtRisk { level value conditional }
    exceedance { target probability }
    convergence { iterations mean ciHalfWidth }
  }
  sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }
}`);

export const SimulationRunFields = graphql(`fragment SimulationRunFields on SimulationRun {
  id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error
  createdAt startedAt finishedAt durationMs
}`);

export const RunSimulationDocument = graphql(`mutation CarloRunSimulation($input: SimulationInput!) {
  runSimulation(input: $input) { ...SimulationResultFields }
}`);

export const StartSimulationDocument = graphql(`mutation CarloStartSimulation($input: SimulationInput!) {
  startSimulation(input: $input) { ...SimulationRunFields }
}`);

export const SimulationDocument = graphql(`query CarloSimulation($id: ID!) {
  simulation(id: $id) { ...SimulationRunFields input result { ...SimulationResultFields } }
}`);

/** What a job handle polls: the run without its result, which is fetched once at the end. */
export const SimulationProgressDocument = graphql(`query CarloSimulationProgress($id: ID!) {
  simulation(id: $id) { ...SimulationRunFields }
}`);

export const SimulationsDocument = graphql(`query CarloSimulations($page: Int! = 1, $perPage: Int! = 25, $status: SimulationStatus) {
  simulations(page: $page, perPage: $perPage, status: $status) { items { ...SimulationRunFields } totalCount page perPage }
}`);

export const CancelSimulationDocument = graphql(`mutation CarloCancelSimulation($id: ID!) {
  cancelSimulation(id: $id) { ...SimulationRunFields }
}`);

export const ReplayIterationDocument = graphql(`query CarloReplayIteration($id: ID!, $iteration: Int!) {
  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }
}`);

export const QuoteDocument = graphql(`query CarloQuote($query: String!, $variables: JSONObject) {
  quote(query: $query, variables: $variables) {
    credits maximumCredits coveredCredits overageCredits overageCents listPriceCents overageCentsPer1000Credits refusal
  }
}`);

export const MeDocument = graphql(`query CarloMe {
  me {
    id company email status
    plan { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs features }
    access { level reason advice }
    credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits }
  }
}`);

export const UsageDocument = graphql(`query CarloUsage($period: UsagePeriod! = CURRENT, $groupBy: UsageGroupBy! = DAY) {
  usage(period: $period, groupBy: $groupBy) {
    periodStart periodEnd groupBy calls chargedCredits overageCredits
    rows { group calls requestedCredits chargedCredits overageCredits }
  }
}`);

export const ApiKeyFields = graphql(`fragment ApiKeyFields on ApiKey {
  id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt
}`);

export const ApiKeysDocument = graphql(`query CarloApiKeys($page: Int! = 1, $perPage: Int! = 25) {
  apiKeys(page: $page, perPage: $perPage) { items { ...ApiKeyFields } totalCount page perPage }
}`);

export const CreateApiKeyDocument = graphql(`mutation CarloCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }
}`);

export const RotateApiKeyDocument = graphql(`mutation CarloRotateApiKey($id: ID!, $graceHours: Int) {
  rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { ...ApiKeyFields } }
}`);

export const RevokeApiKeyDocument = graphql(`mutation CarloRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) { ...ApiKeyFields }
}`);
