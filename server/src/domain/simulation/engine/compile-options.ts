/** Validation of the auto-stop rule and of the requested statistics. */
import { DEFAULT_HISTOGRAM_BINS, DEFAULT_PERCENTILES, DEFAULT_VAR_LEVELS } from './constants.js';
import { ModelValidationError } from './errors.js';
import type { AutoStopSpec, AutoStopStatistic, StatisticsSpec } from './types.js';

export type CompiledAutoStop = {
  output: number;
  statistic: AutoStopStatistic;
  percentile: number;
  target: number;
  tolerance: number;
  relative: boolean;
};
export type StatisticsOptions = { percentiles: number[]; histogramBins: number; targets: number[]; varLevels: number[] };

const MAX_LIST = 100;

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelValidationError(field, 'must be a finite number.');
  return value;
}

function list(value: number[] | null | undefined, field: string, fallback: number[], check: (x: number, f: string) => void): number[] {
  if (value === null || value === undefined) return fallback;
  if (!Array.isArray(value)) throw new ModelValidationError(field, 'must be a list of numbers.');
  if (value.length > MAX_LIST) throw new ModelValidationError(field, `may hold at most ${MAX_LIST} numbers.`);
  return value.map((x, i) => {
    const v = finite(x, `${field}[${i}]`);
    check(v, `${field}[${i}]`);
    return v;
  });
}

export function compileAutoStop(spec: AutoStopSpec, outputNames: readonly string[]): CompiledAutoStop {
  const output = outputNames.indexOf(spec.output);
  if (output < 0) throw new ModelValidationError('autoStop.output', `Unknown output ${String(spec.output)}.`);
  const statistic = spec.statistic;
  if (statistic !== 'MEAN' && statistic !== 'PERCENTILE' && statistic !== 'PROBABILITY') {
    throw new ModelValidationError('autoStop.statistic', 'statistic must be MEAN, PERCENTILE or PROBABILITY.');
  }
  const tolerance = finite(spec.tolerance, 'autoStop.tolerance');
  if (tolerance <= 0) throw new ModelValidationError('autoStop.tolerance', 'tolerance must be greater than 0.');
  let percentile = 50,
    target = 0;
  if (statistic === 'PERCENTILE') {
    percentile = finite(spec.percentile, 'autoStop.percentile');
    if (percentile <= 0 || percentile >= 100)
      throw new ModelValidationError('autoStop.percentile', 'percentile must lie strictly between 0 and 100.');
  }
  if (statistic === 'PROBABILITY') target = finite(spec.target, 'autoStop.target');
  return { output, statistic, percentile, target, tolerance, relative: spec.relative === true };
}

export function compileStatistics(spec: StatisticsSpec | null): StatisticsOptions {
  const percentiles = list(spec?.percentiles, 'statistics.percentiles', DEFAULT_PERCENTILES, (x, f) => {
    if (x < 0 || x > 100) throw new ModelValidationError(f, 'Percentiles lie between 0 and 100.');
  });
  const bins = spec?.histogramBins ?? DEFAULT_HISTOGRAM_BINS;
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000) {
    throw new ModelValidationError('statistics.histogramBins', 'histogramBins must be a whole number from 1 to 1000.');
  }
  const targets = list(spec?.targets, 'statistics.targets', [], () => undefined);
  const varLevels = list(spec?.varLevels, 'statistics.varLevels', DEFAULT_VAR_LEVELS, (x, f) => {
    if (x <= 0 || x >= 1) throw new ModelValidationError(f, 'VaR levels lie strictly between 0 and 1 (for example 0.95).');
  });
  return { percentiles, histogramBins: bins, targets, varLevels };
}
