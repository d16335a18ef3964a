/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SimulationResultFields on SimulationResult {\n  runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly\n  autoStop { estimate halfWidth }\n  warnings\n  outputs {\n    name count nonFinite mean std skewness kurtosis min max\n    meanConfidenceInterval { level low high }\n    percentiles { percentile value }\n    histogram { edges counts }\n    cdf { value probability }\n    valueAtRisk { level value conditional }\n    exceedance { target probability }\n    convergence { iterations mean ciHalfWidth }\n  }\n  sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n}": typeof types.SimulationResultFieldsFragmentDoc,
    "fragment SimulationRunFields on SimulationRun {\n  id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n  createdAt startedAt finishedAt durationMs\n}": typeof types.SimulationRunFieldsFragmentDoc,
    "mutation CarloRunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) { ...SimulationResultFields }\n}": typeof types.CarloRunSimulationDocument,
    "mutation CarloStartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { ...SimulationRunFields }\n}": typeof types.CarloStartSimulationDocument,
    "query CarloSimulation($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields input result { ...SimulationResultFields } }\n}": typeof types.CarloSimulationDocument,
    "query CarloSimulationProgress($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields }\n}": typeof types.CarloSimulationProgressDocument,
    "query CarloSimulations($page: Int! = 1, $perPage: Int! = 25, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { items { ...SimulationRunFields } totalCount page perPage }\n}": typeof types.CarloSimulationsDocument,
    "mutation CarloCancelSimulation($id: ID!) {\n  cancelSimulation(id: $id) { ...SimulationRunFields }\n}": typeof types.CarloCancelSimulationDocument,
    "query CarloReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}": typeof types.CarloReplayIterationDocument,
    "query CarloQuote($query: String!, $variables: JSONObject) {\n  quote(query: $query, variables: $variables) {\n    credits maximumCredits coveredCredits overageCredits overageCents listPriceCents overageCentsPer1000Credits refusal\n  }\n}": typeof types.CarloQuoteDocument,
    "query CarloMe {\n  me {\n    id company email status\n    plan { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs features }\n    access { level reason advice }\n    credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits }\n  }\n}": typeof types.CarloMeDocument,
    "query CarloUsage($period: UsagePeriod! = CURRENT, $groupBy: UsageGroupBy! = DAY) {\n  usage(period: $period, groupBy: $groupBy) {\n    periodStart periodEnd groupBy calls chargedCredits overageCredits\n    rows { group calls requestedCredits chargedCredits overageCredits }\n  }\n}": typeof types.CarloUsageDocument,
    "fragment ApiKeyFields on ApiKey {\n  id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt\n}": typeof types.ApiKeyFieldsFragmentDoc,
    "query CarloApiKeys($page: Int! = 1, $perPage: Int! = 25) {\n  apiKeys(page: $page, perPage: $perPage) { items { ...ApiKeyFields } totalCount page perPage }\n}": typeof types.CarloApiKeysDocument,
    "mutation CarloCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n}": typeof types.CarloCreateApiKeyDocument,
    "mutation CarloRotateApiKey($id: ID!, $graceHours: Int) {\n  rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { ...ApiKeyFields } }\n}": typeof types.CarloRotateApiKeyDocument,
    "mutation CarloRevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) { ...ApiKeyFields }\n}": typeof types.CarloRevokeApiKeyDocument,
};
const documents: Documents = {
    "fragment SimulationResultFields on SimulationResult {\n  runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly\n  autoStop { estimate halfWidth }\n  warnings\n  outputs {\n    name count nonFinite mean std skewness kurtosis min max\n    meanConfidenceInterval { level low high }\n    percentiles { percentile value }\n    histogram { edges counts }\n    cdf { value probability }\n    valueAtRisk { level value conditional }\n    exceedance { target probability }\n    convergence { iterations mean ciHalfWidth }\n  }\n  sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n}": types.SimulationResultFieldsFragmentDoc,
    "fragment SimulationRunFields on SimulationRun {\n  id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n  createdAt startedAt finishedAt durationMs\n}": types.SimulationRunFieldsFragmentDoc,
    "mutation CarloRunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) { ...SimulationResultFields }\n}": types.CarloRunSimulationDocument,
    "mutation CarloStartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { ...SimulationRunFields }\n}": types.CarloStartSimulationDocument,
    "query CarloSimulation($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields input result { ...SimulationResultFields } }\n}": types.CarloSimulationDocument,
    "query CarloSimulationProgress($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields }\n}": types.CarloSimulationProgressDocument,
    "query CarloSimulations($page: Int! = 1, $perPage: Int! = 25, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { items { ...SimulationRunFields } totalCount page perPage }\n}": types.CarloSimulationsDocument,
    "mutation CarloCancelSimulation($id: ID!) {\n  cancelSimulation(id: $id) { ...SimulationRunFields }\n}": types.CarloCancelSimulationDocument,
    "query CarloReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}": types.CarloReplayIterationDocument,
    "query CarloQuote($query: String!, $variables: JSONObject) {\n  quote(query: $query, variables: $variables) {\n    credits maximumCredits coveredCredits overageCredits overageCents listPriceCents overageCentsPer1000Credits refusal\n  }\n}": types.CarloQuoteDocument,
    "query CarloMe {\n  me {\n    id company email status\n    plan { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs features }\n    access { level reason advice }\n    credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits }\n  }\n}": types.CarloMeDocument,
    "query CarloUsage($period: UsagePeriod! = CURRENT, $groupBy: UsageGroupBy! = DAY) {\n  usage(period: $period, groupBy: $groupBy) {\n    periodStart periodEnd groupBy calls chargedCredits overageCredits\n    rows { group calls requestedCredits chargedCredits overageCredits }\n  }\n}": types.CarloUsageDocument,
    "fragment ApiKeyFields on ApiKey {\n  id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt\n}": types.ApiKeyFieldsFragmentDoc,
    "query CarloApiKeys($page: Int! = 1, $perPage: Int! = 25) {\n  apiKeys(page: $page, perPage: $perPage) { items { ...ApiKeyFields } totalCount page perPage }\n}": types.CarloApiKeysDocument,
    "mutation CarloCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n}": types.CarloCreateApiKeyDocument,
    "mutation CarloRotateApiKey($id: ID!, $graceHours: Int) {\n  rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { ...ApiKeyFields } }\n}": types.CarloRotateApiKeyDocument,
    "mutation CarloRevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) { ...ApiKeyFields }\n}": types.CarloRevokeApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SimulationResultFields on SimulationResult {\n  runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly\n  autoStop { estimate halfWidth }\n  warnings\n  outputs {\n    name count nonFinite mean std skewness kurtosis min max\n    meanConfidenceInterval { level low high }\n    percentiles { percentile value }\n    histogram { edges counts }\n    cdf { value probability }\n    valueAtRisk { level value conditional }\n    exceedance { target probability }\n    convergence { iterations mean ciHalfWidth }\n  }\n  sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }\n}"): typeof import('./graphql.js').SimulationResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SimulationRunFields on SimulationRun {\n  id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error\n  createdAt startedAt finishedAt durationMs\n}"): typeof import('./graphql.js').SimulationRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloRunSimulation($input: SimulationInput!) {\n  runSimulation(input: $input) { ...SimulationResultFields }\n}"): typeof import('./graphql.js').CarloRunSimulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloStartSimulation($input: SimulationInput!) {\n  startSimulation(input: $input) { ...SimulationRunFields }\n}"): typeof import('./graphql.js').CarloStartSimulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloSimulation($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields input result { ...SimulationResultFields } }\n}"): typeof import('./graphql.js').CarloSimulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloSimulationProgress($id: ID!) {\n  simulation(id: $id) { ...SimulationRunFields }\n}"): typeof import('./graphql.js').CarloSimulationProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloSimulations($page: Int! = 1, $perPage: Int! = 25, $status: SimulationStatus) {\n  simulations(page: $page, perPage: $perPage, status: $status) { items { ...SimulationRunFields } totalCount page perPage }\n}"): typeof import('./graphql.js').CarloSimulationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloCancelSimulation($id: ID!) {\n  cancelSimulation(id: $id) { ...SimulationRunFields }\n}"): typeof import('./graphql.js').CarloCancelSimulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloReplayIteration($id: ID!, $iteration: Int!) {\n  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }\n}"): typeof import('./graphql.js').CarloReplayIterationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloQuote($query: String!, $variables: JSONObject) {\n  quote(query: $query, variables: $variables) {\n    credits maximumCredits coveredCredits overageCredits overageCents listPriceCents overageCentsPer1000Credits refusal\n  }\n}"): typeof import('./graphql.js').CarloQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloMe {\n  me {\n    id company email status\n    plan { id code name priceCents currency includedCredits overageCentsPer1000Credits rateLimitCreditsPerSecond burstCredits maxIterationsSync maxConcurrentJobs features }\n    access { level reason advice }\n    credits { periodStart periodEnd includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits overageCentsPer1000Credits }\n  }\n}"): typeof import('./graphql.js').CarloMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloUsage($period: UsagePeriod! = CURRENT, $groupBy: UsageGroupBy! = DAY) {\n  usage(period: $period, groupBy: $groupBy) {\n    periodStart periodEnd groupBy calls chargedCredits overageCredits\n    rows { group calls requestedCredits chargedCredits overageCredits }\n  }\n}"): typeof import('./graphql.js').CarloUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiKeyFields on ApiKey {\n  id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt\n}"): typeof import('./graphql.js').ApiKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarloApiKeys($page: Int! = 1, $perPage: Int! = 25) {\n  apiKeys(page: $page, perPage: $perPage) { items { ...ApiKeyFields } totalCount page perPage }\n}"): typeof import('./graphql.js').CarloApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n}"): typeof import('./graphql.js').CarloCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloRotateApiKey($id: ID!, $graceHours: Int) {\n  rotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { ...ApiKeyFields } }\n}"): typeof import('./graphql.js').CarloRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarloRevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) { ...ApiKeyFields }\n}"): typeof import('./graphql.js').CarloRevokeApiKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
