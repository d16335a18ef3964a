/** Validates a ModelSpec completely, before any sampling, and compiles it. */
import { compileCorrelation, type CompiledCorrelation } from './correlation/compile-correlation.js';
import { CHUNK_SIZE, MAX_SEED } from './constants.js';
import { buildInputDistribution } from './distributions/build.js';
import type { Distribution } from './distributions/distribution.js';
import { ModelValidationError } from './errors.js';
import { FUNCTIONS, FormulaSyntaxError, parseFormula } from './formula/parser.js';
import { NameError, ProgramBuilder, type Program } from './formula/program.js';
import { SOBOL_MAX_DIMENSIONS } from './sampling/sobol.js';
import { canonicalJson } from './canonical-json.js';
import { compileAutoStop, compileStatistics, type CompiledAutoStop, type StatisticsOptions } from './compile-options.js';
import type { EngineLimits, ModelSpec, SamplingMethod } from './types.js';

export type CompiledModel = {
  readonly spec: ModelSpec;
  readonly limits: EngineLimits;
  /** Canonical JSON of the model without its seed: the input of the reproducibility key. */
  readonly canonicalJson: string;
  readonly iterations: number;
  readonly seed: number | null;
  readonly sampling: SamplingMethod;
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  readonly distributions: readonly Distribution[];
  readonly program: Program;
  readonly correlation: CompiledCorrelation | null;
  readonly autoStop: CompiledAutoStop | null;
  readonly statistics: StatisticsOptions;
  readonly warnings: readonly string[];
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SAMPLING: readonly SamplingMethod[] = ['MONTE_CARLO', 'LATIN_HYPERCUBE', 'SOBOL'];

function fail(field: string, message: string): never {
  throw new ModelValidationError(field, message);
}

function checkName(name: unknown, field: string, taken: Set<string>): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    fail(field, 'Names start with a letter or _ and hold only letters, digits and _ (at most 64 characters).');
  }
  if (Object.hasOwn(FUNCTIONS, name)) fail(field, `${name} is a function name; choose another name.`);
  if (taken.has(name)) fail(field, `The name ${name} is already used by another input or output.`);
  taken.add(name);
  return name;
}

export function compileModel(spec: ModelSpec, limits: EngineLimits): CompiledModel {
  if (spec === null || typeof spec !== 'object') fail('', 'The model must be an object.');
  const iterations = spec.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1 || iterations > limits.maxIterations) {
    fail('iterations', `iterations must be a whole number from 1 to ${limits.maxIterations}.`);
  }
  const seed = spec.seed ?? null;
  if (seed !== null && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)) {
    fail('seed', `seed must be a whole number from 0 to ${MAX_SEED}.`);
  }
  const sampling = spec.sampling ?? 'MONTE_CARLO';
  if (!SAMPLING.includes(sampling)) fail('sampling', `sampling must be one of ${SAMPLING.join(', ')}.`);
  if (!Array.isArray(spec.inputs) || spec.inputs.length === 0) fail('inputs', 'Define at least one input.');
  if (spec.inputs.length > limits.maxInputs) fail('inputs', `At most ${limits.maxInputs} inputs are allowed (got ${spec.inputs.length}).`);
  if (!Array.isArray(spec.outputs) || spec.outputs.length === 0) fail('outputs', 'Define at least one output.');
  if (spec.outputs.length > limits.maxOutputs)
    fail('outputs', `At most ${limits.maxOutputs} outputs are allowed (got ${spec.outputs.length}).`);

  const taken = new Set<string>();
  const inputNames = spec.inputs.map((input, i) => {
    if (input === null || typeof input !== 'object') fail(`inputs[${i}]`, 'Each input must be an object.');
    return checkName(input.name, `inputs[${i}].name`, taken);
  });
  const distributions = spec.inputs.map((input, i) => buildInputDistribution(input, `inputs[${i}]`));
  const outputNames = spec.outputs.map((output, i) => {
    if (output === null || typeof output !== 'object') fail(`outputs[${i}]`, 'Each output must be an object.');
    return checkName(output.name, `outputs[${i}].name`, taken);
  });
  const program = compileFormulas(spec, inputNames, outputNames);

  if (sampling === 'SOBOL') {
    if (!Number.isInteger(Math.log2(iterations))) {
      fail(
        'iterations',
        `SOBOL sampling needs a power-of-two number of iterations (for example ${2 ** Math.round(Math.log2(iterations))}).`,
      );
    }
    if (inputNames.length > SOBOL_MAX_DIMENSIONS) fail('inputs', `SOBOL sampling supports at most ${SOBOL_MAX_DIMENSIONS} inputs.`);
  }
  const warnings: string[] = [];
  const correlation = spec.correlation ? compileCorrelation(spec.correlation, inputNames, warnings) : null;
  const autoStop = spec.autoStop ? compileAutoStop(spec.autoStop, outputNames) : null;
  const statistics = compileStatistics(spec.statistics ?? null);
  if (sampling === 'SOBOL' && autoStop !== null && iterations > CHUNK_SIZE) {
    warnings.push('With SOBOL sampling, auto-stop only stops after a power-of-two number of chunks.');
  }
  const normalized: ModelSpec = { ...spec, seed, sampling };
  return {
    spec: normalized,
    limits,
    canonicalJson: canonicalJson({ ...normalized, seed: null }),
    iterations,
    seed,
    sampling,
    inputNames,
    outputNames,
    distributions,
    program,
    correlation,
    autoStop,
    statistics,
    warnings,
  };
}

function compileFormulas(spec: ModelSpec, inputNames: string[], outputNames: string[]): Program {
  const k = inputNames.length;
  const builder = new ProgramBuilder(k + outputNames.length);
  inputNames.forEach((name, i) => builder.define(name, i));
  spec.outputs.forEach((output, i) => {
    const field = `outputs[${i}].formula`;
    if (typeof output.formula !== 'string' || output.formula.trim() === '') fail(field, 'Each output needs a formula.');
    try {
      builder.compileInto(parseFormula(output.formula), k + i);
    } catch (error) {
      if (error instanceof FormulaSyntaxError || error instanceof NameError) {
        throw new ModelValidationError(field, `${error.message} at position ${error.position}.`, error.position);
      }
      throw error;
    }
    builder.define(outputNames[i], k + i);
  });
  return builder.build();
}
