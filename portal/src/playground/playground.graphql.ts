import { graphql } from '../generated';

export const PlaygroundResultFragment = graphql(`
  fragment PlaygroundResult on SimulationResult {
    runId
    seed
    iterationsRun
    warnings
    outputs {
      name
      mean
      std
      histogram { counts edges }
      percentiles { percentile value }
      valueAtRisk { level value conditional }
    }
    sensitivity { output inputs { input low high rankCorrelation } }
  }
`);

export const PlaygroundAccountDocument = graphql(`
  query PlaygroundAccount { me { company plan { name maxIterationsSync } } }
`);

export const PlaygroundQuoteDocument = graphql(`
  query PlaygroundQuote($query: String!, $variables: JSONObject) {
    quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal }
  }
`);

export const PlaygroundRunDocument = graphql(`
  mutation PlaygroundRun($input: SimulationInput!) {
    runSimulation(input: $input) { ...PlaygroundResult }
  }
`);

export const PlaygroundStartDocument = graphql(`
  mutation PlaygroundStart($input: SimulationInput!) {
    startSimulation(input: $input) { id status progress }
  }
`);

export const PlaygroundPollDocument = graphql(`
  query PlaygroundPoll($id: ID!) {
    simulation(id: $id) { id status progress error result { ...PlaygroundResult } }
  }
`);

export const PlaygroundCancelDocument = graphql(`
  mutation PlaygroundCancel($id: ID!) { cancelSimulation(id: $id) { id status progress } }
`);

export const PlaygroundImportDocument = graphql(`
  mutation PlaygroundImport($input: ImportWorkbookInput!) {
    importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }
  }
`);

export const PlaygroundDownloadDocument = graphql(`
  query PlaygroundDownload($id: ID!, $format: ExportFormat!) {
    simulationDownload(id: $id, format: $format) { path expiresAt }
  }
`);

export const PlaygroundKeyDocument = graphql(`
  mutation PlaygroundCreateKey($input: CreateApiKeyInput!) {
    portalCreateApiKey(input: $input) { secret apiKey { id name } }
  }
`);
