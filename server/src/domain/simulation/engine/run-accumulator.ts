/**
 * Reduces chunk reports strictly in chunk order, whatever order workers deliver them in,
 * and applies the auto-stop rule at chunk boundaries. The order statistics of each output
 * (percentiles, histogram, VaR...) come from the caller, computed where the values live.
 */
import type { ChunkReport } from './chunk-report.js';
import type { CompiledModel } from './compile-model.js';
import { CHUNK_SIZE, ENGINE_VERSION } from './constants.js';
import type { ConvergencePoint, OutputStatistics, SimulationResult } from './result.js';
import { Z_95, evaluateAutoStop, shouldStop, type AutoStopState } from './stats/auto-stop.js';
import { EMPTY_MOMENTS, combineMoments, excessKurtosis, skewness, standardDeviation, type Moments } from './stats/moments.js';
import { describeSensitivity, type SensitivityColumns } from './stats/sensitivity.js';
import type { OrderStatistics } from './stats/order-statistics.js';
import { chunkCount } from './simulate-chunk.js';

export class RunAccumulator {
  private readonly pending = new Map<number, ChunkReport>();
  private readonly moments: Moments[];
  private readonly traces: ConvergencePoint[][];
  private readonly autoStopValues: number[] = [];
  private autoStopState: AutoStopState | null = null;
  private sensitivity: SensitivityColumns | null = null;
  private reduced = 0;
  private iterations = 0;
  /** Chunks the run needs: all of them, or fewer once auto-stop has fired. */
  chunksNeeded: number;

  constructor(private readonly model: CompiledModel) {
    this.moments = model.outputNames.map(() => EMPTY_MOMENTS);
    this.traces = model.outputNames.map(() => []);
    this.chunksNeeded = chunkCount(model.iterations);
  }

  get done(): boolean {
    return this.reduced >= this.chunksNeeded;
  }

  get iterationsRun(): number {
    return this.iterations;
  }

  add(report: ChunkReport): void {
    if (report.chunk >= this.chunksNeeded) return;
    this.pending.set(report.chunk, report);
    for (let next = this.pending.get(this.reduced); next && !this.done; next = this.pending.get(this.reduced)) {
      this.pending.delete(this.reduced);
      this.reduce(next);
    }
  }

  private reduce(report: ChunkReport): void {
    this.reduced++;
    this.iterations += report.length;
    if (report.sensitivity) this.sensitivity = report.sensitivity;
    report.moments.forEach((m, o) => {
      const total = combineMoments(this.moments[o], m);
      this.moments[o] = total;
      this.traces[o].push({ iterations: this.iterations, mean: total.n > 0 ? total.mean : NaN, ciHalfWidth: halfWidth(total) });
    });
    const rule = this.model.autoStop;
    if (rule !== null) {
      if (report.autoStopValue !== null) this.autoStopValues.push(report.autoStopValue);
      this.autoStopState = evaluateAutoStop(rule, this.moments[rule.output], this.autoStopValues);
      if (shouldStop(rule, this.autoStopState, this.reduced, this.model.sampling === 'SOBOL')) this.chunksNeeded = this.reduced;
    }
  }

  /** `order[o]`: orderStatistics of output o over iterations [0, iterationsRun). */
  finish(order: OrderStatistics[], seed: number, reproducibilityKey: string): SimulationResult {
    const nan: number[] = [];
    const outputs = this.model.outputNames.map((name, o): OutputStatistics => {
      const m = this.moments[o];
      nan.push(m.nan);
      const { min, max, percentiles, histogram, cdf, valueAtRisk, exceedance } = order[o];
      return {
        name,
        count: m.n,
        nonFinite: m.nonFinite,
        mean: m.n > 0 ? m.mean : NaN,
        std: standardDeviation(m),
        skewness: skewness(m),
        kurtosis: excessKurtosis(m),
        min,
        max,
        meanConfidenceInterval: { level: 0.95, low: m.mean - halfWidth(m), high: m.mean + halfWidth(m) },
        percentiles,
        histogram,
        cdf,
        valueAtRisk,
        exceedance,
        convergence: this.traces[o],
      };
    });
    const warnings = [...this.model.warnings];
    outputs.forEach((o, i) => {
      if (nan[i] > 0) warnings.push(`Output ${o.name} was NaN (not a number) in ${nan[i]} iterations; every statistic leaves them out.`);
      const infinite = o.nonFinite - nan[i];
      if (infinite > 0) {
        warnings.push(
          `Output ${o.name} was infinite in ${infinite} iterations; percentiles, VaR, CVaR, CDF, exceedance, min and max include them, the moments and the histogram bins leave them out.`,
        );
      }
    });
    return {
      engineVersion: ENGINE_VERSION,
      seed,
      reproducibilityKey,
      sampling: this.model.sampling,
      chunkSize: CHUNK_SIZE,
      iterationsRequested: this.model.iterations,
      iterationsRun: this.iterations,
      stoppedEarly: this.iterations < this.model.iterations,
      autoStop: this.autoStopState,
      warnings,
      correlationRepair: this.model.correlation?.repair ?? null,
      outputs,
      sensitivity: this.sensitivity === null ? [] : describeSensitivity(this.model.inputNames, this.model.outputNames, this.sensitivity),
    };
  }
}

function halfWidth(m: Moments): number {
  return m.n > 1 ? (Z_95 * standardDeviation(m)) / Math.sqrt(m.n) : NaN;
}
