/** The domain/simulation module's public surface: other modules import only what is listed here. */
export type { EndedRun, RunMeter } from './run-meter.js';
export { MAX_JOB_ITERATIONS } from './simulation-limits.js';
export { type PreparedModel, prepareModel, type RunLimits } from './simulation-model.js';
export { ReplayedIteration, SimulationResultType } from './simulation-result.type.js';
export { SimulationRun, SimulationStatus } from './simulation-run.entity.js';
export { SimulationRunPart } from './simulation-run-part.entity.js';
export { SimulationRunPage, SimulationRunType } from './simulation-run.type.js';
export { workUnitsOfArgs } from './simulation-sizer.js';
export { OPERATIONS_PER_WORK_UNIT, workPerIteration } from './engine/index.js';
export { replayView, resultView, runView } from './simulation-view.js';
export { SimulationInput } from './simulation.input.js';
export { SimulationService } from './simulation.service.js';
export { MAX_EXPORT_SAMPLES, type RunSamples } from './simulation-samples.js';
export type {
  CorrelationSpec,
  DistributionSpec,
  InputSpec,
  ModelSpec,
  OutputSpec,
  OutputStatistics,
  SimulationResult,
} from './engine/index.js';
export { MAX_INPUTS, MAX_OUTPUTS } from './simulation-limits.js';
