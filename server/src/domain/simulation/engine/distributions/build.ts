/** Validates a distribution spec and builds its sampler; every problem names its field. */
import { ModelValidationError } from '../errors.js';
import { DISTRIBUTION_TYPES, type DistributionSpec, type DistributionType, type InputSpec } from '../types.js';
import * as c from './continuous.js';
import * as inv from './inverted.js';
import * as d from './discrete.js';
import { ShiftedDistribution, TruncatedDistribution, type Distribution } from './distribution.js';

type Param = keyof Omit<DistributionSpec, 'type'>;

/** Parameter names per type; optional ones have a default. Also documented in README.md. */
export const DISTRIBUTION_PARAMETERS: Record<DistributionType, { required: Param[]; optional: Param[] }> = {
  NORMAL: { required: ['mean', 'sd'], optional: [] },
  LOGNORMAL: { required: ['mu', 'sigma'], optional: [] },
  UNIFORM: { required: ['min', 'max'], optional: [] },
  TRIANGULAR: { required: ['min', 'mode', 'max'], optional: [] },
  PERT: { required: ['min', 'mode', 'max'], optional: [] },
  BETA: { required: ['alpha', 'beta'], optional: ['min', 'max'] },
  GAMMA: { required: ['shape', 'scale'], optional: [] },
  EXPONENTIAL: { required: ['rate'], optional: [] },
  WEIBULL: { required: ['shape', 'scale'], optional: [] },
  STUDENT_T: { required: ['df'], optional: ['location', 'scale'] },
  LOGISTIC: { required: ['location', 'scale'], optional: [] },
  PARETO: { required: ['shape', 'scale'], optional: [] },
  BERNOULLI: { required: ['p'], optional: [] },
  BINOMIAL: { required: ['n', 'p'], optional: [] },
  POISSON: { required: ['lambda'], optional: [] },
  DISCRETE: { required: ['values', 'probabilities'], optional: [] },
  CUSTOM: { required: [], optional: ['bins', 'probabilities', 'values', 'cdf'] },
  EMPIRICAL: { required: ['data'], optional: [] },
};

const MAX_TABLE = 100_000;
const MAX_DATA = 1_000_000;
const MAX_COUNT = 1e9;

class Params {
  constructor(
    private readonly spec: DistributionSpec,
    private readonly field: string,
  ) {}

  fail(param: string, message: string): never {
    throw new ModelValidationError(`${this.field}.${param}`, message);
  }

  has(name: Param): boolean {
    const v = this.spec[name];
    return v !== undefined && v !== null;
  }

  num(name: Param, fallback?: number): number {
    const v = this.spec[name];
    if (v === undefined || v === null) {
      if (fallback !== undefined) return fallback;
      return this.fail(name, `${this.spec.type} needs the parameter ${name}.`);
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(name, `${name} must be a finite number.`);
    return v;
  }

  positive(name: Param, fallback?: number): number {
    const v = this.num(name, fallback);
    return v > 0 ? v : this.fail(name, `${name} must be greater than 0 (got ${v}).`);
  }

  probability(name: Param): number {
    const v = this.num(name);
    return v >= 0 && v <= 1 ? v : this.fail(name, `${name} must be between 0 and 1 (got ${v}).`);
  }

  list(name: Param, maxLength: number): number[] {
    const v = this.spec[name];
    if (!Array.isArray(v) || v.length === 0) return this.fail(name, `${this.spec.type} needs a non-empty list ${name}.`);
    if (v.length > maxLength) return this.fail(name, `${name} may hold at most ${maxLength} numbers (got ${v.length}).`);
    v.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) this.fail(`${name}[${i}]`, `${name}[${i}] must be a finite number.`);
    });
    return v;
  }

  increasing(name: Param, xs: number[], strict: boolean): void {
    for (let i = 1; i < xs.length; i++) {
      if (strict ? xs[i] <= xs[i - 1] : xs[i] < xs[i - 1]) {
        this.fail(`${name}[${i}]`, `${name} must be ${strict ? 'strictly ' : ''}increasing.`);
      }
    }
  }

  weights(name: Param, length: number, lengthOf: string): number[] {
    const ps = this.list(name, MAX_TABLE);
    if (ps.length !== length) this.fail(name, `${name} must have ${length} entries, one per ${lengthOf} (got ${ps.length}).`);
    ps.forEach((p, i) => {
      if (p < 0) this.fail(`${name}[${i}]`, `${name}[${i}] must not be negative.`);
    });
    const total = ps.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-9) this.fail(name, `${name} must add up to 1 (they add up to ${total}).`);
    return ps;
  }

  ordered(lowName: Param, low: number, highName: Param, high: number): void {
    if (!(low < high)) this.fail(highName, `${highName} must be greater than ${lowName} (${high} <= ${low}).`);
  }
}

function buildBase(spec: DistributionSpec, field: string): Distribution {
  const p = new Params(spec, field);
  switch (spec.type) {
    case 'NORMAL':
      return new c.Normal(p.num('mean'), p.positive('sd'));
    case 'LOGNORMAL':
      return new c.LogNormal(p.num('mu'), p.positive('sigma'));
    case 'UNIFORM': {
      const lo = p.num('min'),
        hi = p.num('max');
      p.ordered('min', lo, 'max', hi);
      return new c.Uniform(lo, hi);
    }
    case 'TRIANGULAR':
    case 'PERT': {
      const lo = p.num('min'),
        mode = p.num('mode'),
        hi = p.num('max');
      p.ordered('min', lo, 'max', hi);
      if (mode < lo || mode > hi) p.fail('mode', `mode must lie between min and max (got ${mode}).`);
      if (spec.type === 'TRIANGULAR') return new c.Triangular(lo, mode, hi);
      return new inv.ScaledBeta(1 + (4 * (mode - lo)) / (hi - lo), 1 + (4 * (hi - mode)) / (hi - lo), lo, hi);
    }
    case 'BETA': {
      const lo = p.num('min', 0),
        hi = p.num('max', 1);
      p.ordered('min', lo, 'max', hi);
      return new inv.ScaledBeta(p.positive('alpha'), p.positive('beta'), lo, hi);
    }
    case 'GAMMA':
      return new inv.Gamma(p.positive('shape'), p.positive('scale'));
    case 'EXPONENTIAL':
      return new c.Exponential(p.positive('rate'));
    case 'WEIBULL':
      return new c.Weibull(p.positive('shape'), p.positive('scale'));
    case 'STUDENT_T':
      return new inv.StudentT(p.positive('df'), p.num('location', 0), p.positive('scale', 1));
    case 'LOGISTIC':
      return new c.Logistic(p.num('location'), p.positive('scale'));
    case 'PARETO':
      return new c.Pareto(p.positive('shape'), p.positive('scale'));
    case 'BERNOULLI':
      return d.binomial(1, p.probability('p'));
    case 'BINOMIAL': {
      const n = p.num('n');
      if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) p.fail('n', `n must be a whole number from 0 to ${MAX_COUNT} (got ${n}).`);
      return d.binomial(n, p.probability('p'));
    }
    case 'POISSON': {
      const lambda = p.positive('lambda');
      return lambda <= MAX_COUNT ? d.poisson(lambda) : p.fail('lambda', `lambda may be at most ${MAX_COUNT}.`);
    }
    case 'DISCRETE': {
      const values = p.list('values', MAX_TABLE);
      return d.discrete(values, p.weights('probabilities', values.length, 'value'));
    }
    case 'EMPIRICAL':
      return d.empirical(p.list('data', MAX_DATA));
    case 'CUSTOM':
      return buildCustom(p);
  }
}

function buildCustom(p: Params): Distribution {
  if (p.has('bins')) {
    if (p.has('cdf') || p.has('values')) p.fail('bins', 'CUSTOM takes either bins with probabilities or values with cdf, not both.');
    const edges = p.list('bins', MAX_TABLE + 1);
    if (edges.length < 2) p.fail('bins', 'bins needs at least two edges.');
    p.increasing('bins', edges, true);
    return d.histogram(edges, p.weights('probabilities', edges.length - 1, 'bin'));
  }
  if (!p.has('values') || !p.has('cdf')) {
    return p.fail('bins', 'CUSTOM needs bins with probabilities (a histogram) or values with cdf (a CDF table).');
  }
  if (p.has('probabilities')) p.fail('probabilities', 'A CDF table takes values and cdf; probabilities belong to a histogram.');
  const xs = p.list('values', MAX_TABLE);
  const cdf = p.list('cdf', MAX_TABLE);
  if (cdf.length !== xs.length) p.fail('cdf', `cdf must have one entry per value (${xs.length}).`);
  if (xs.length < 2) p.fail('values', 'A CDF table needs at least two points.');
  p.increasing('values', xs, true);
  p.increasing('cdf', cdf, false);
  if (cdf[0] !== 0 || cdf[cdf.length - 1] !== 1) p.fail('cdf', 'cdf must start at 0 and end at 1.');
  return d.cdfTable(xs, cdf);
}

function checkKnownParams(spec: DistributionSpec, field: string): void {
  const allowed = DISTRIBUTION_PARAMETERS[spec.type];
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'type' || value === undefined || value === null) continue;
    if (!(allowed.required as string[]).includes(key) && !(allowed.optional as string[]).includes(key)) {
      const names = [...allowed.required, ...allowed.optional].join(', ');
      throw new ModelValidationError(`${field}.${key}`, `${spec.type} does not take ${key}; its parameters are ${names}.`);
    }
  }
}

/** Builds the sampler of one input, with truncation (in final units) and shift. */
export function buildInputDistribution(input: InputSpec, field: string): Distribution {
  const spec = input.distribution;
  const dField = `${field}.distribution`;
  if (spec === null || typeof spec !== 'object') throw new ModelValidationError(dField, 'distribution is required.');
  if (!(DISTRIBUTION_TYPES as readonly string[]).includes(spec.type)) {
    throw new ModelValidationError(
      `${dField}.type`,
      `Unknown distribution ${String(spec.type)}; use one of ${DISTRIBUTION_TYPES.join(', ')}.`,
    );
  }
  checkKnownParams(spec, dField);
  let dist = buildBase(spec, dField);
  const shift = optionalFinite(input.shift, `${field}.shift`) ?? 0;
  const lo = optionalFinite(input.truncateMin, `${field}.truncateMin`);
  const hi = optionalFinite(input.truncateMax, `${field}.truncateMax`);
  if (lo !== null || hi !== null) {
    if (lo !== null && hi !== null && !(lo < hi)) {
      throw new ModelValidationError(`${field}.truncateMax`, 'truncateMax must be greater than truncateMin.');
    }
    // Truncation bounds are in the final (shifted) units, so move them onto the base scale.
    const truncated = new TruncatedDistribution(dist, (lo ?? -Infinity) - shift, (hi ?? Infinity) - shift);
    if (!(truncated.mass > 0)) {
      throw new ModelValidationError(`${field}.truncateMin`, 'The truncation range holds no probability; widen truncateMin/truncateMax.');
    }
    dist = truncated;
  }
  return shift !== 0 ? new ShiftedDistribution(dist, shift) : dist;
}

function optionalFinite(value: number | null | undefined, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelValidationError(field, 'must be a finite number.');
  return value;
}
