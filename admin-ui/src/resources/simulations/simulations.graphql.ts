import { graphql } from '../../generated';

export const AdminSimulationsDocument = graphql(`
  query ConsoleSimulations($page: Int!, $perPage: Int!, $customerId: ID, $status: SimulationStatus) {
    adminSimulations(page: $page, perPage: $perPage, customerId: $customerId, status: $status) {
      totalCount
      items { id customerId customer { id company } run { id status async progress iterations iterationsRun credits durationMs error createdAt finishedAt } }
    }
  }
`);

export const AdminSimulationDocument = graphql(`
  query ConsoleSimulation($id: ID!) {
    adminSimulation(id: $id) {
      id customerId customer { id company }
      run {
        id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error input createdAt startedAt finishedAt durationMs
        result {
          stoppedEarly warnings
          outputs { name count mean std min max percentiles { percentile value } histogram { edges counts } }
          sensitivity { output inputs { input rankCorrelation contributionToVariance low high } }
        }
      }
    }
  }
`);

export const AdminSimulationDownloadDocument = graphql(`
  query ConsoleSimulationDownload($id: ID!, $format: ExportFormat!) {
    adminSimulationDownload(id: $id, format: $format) { path expiresAt }
  }
`);
