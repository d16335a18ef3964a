/**
 * @RISK distribution functions as Carlo distributions. @RISK's parameterisations differ from the
 * engine's in places (RiskLognorm takes the mean and standard deviation of the lognormal itself,
 * RiskExpon its mean, RiskDiscrete weights that need not add up to 1); those are converted here
 * and the conversion is reported as a note.
 */
import type { DistributionSpec } from '../simulation/index.js';
import { FunctionError } from './workbook-errors.js';

/** An argument as the translator resolved it: a number, a list (array constant or range), or left out. */
export type RiskArg = number | number[] | null;
export type MappedDistribution = { distribution: DistributionSpec; note: string | null };

type Builder = (a: Args) => MappedDistribution;

class Args {
  constructor(
    readonly fn: string,
    private readonly values: RiskArg[],
    private readonly names: string[],
  ) {}

  num(i: number): number {
    const v = this.values[i];
    if (typeof v !== 'number') throw new FunctionError(`${this.fn} needs ${this.names[i]} (argument ${i + 1}) as a number.`, this.fn);
    return v;
  }

  positive(i: number): number {
    const v = this.num(i);
    if (!(v > 0)) throw new FunctionError(`${this.fn}: ${this.names[i]} must be greater than 0 (got ${v}).`, this.fn);
    return v;
  }

  list(i: number): number[] {
    const v = this.values[i];
    const single = typeof v === 'number' ? [v] : v;
    if (!Array.isArray(single) || single.length === 0) {
      throw new FunctionError(
        `${this.fn} needs ${this.names[i]} (argument ${i + 1}) as an array constant such as {1,2,3} or a range of numbers.`,
        this.fn,
      );
    }
    return single;
  }
}

const plain = (distribution: DistributionSpec): MappedDistribution => ({ distribution, note: null });

const BUILDERS: Record<string, { params: string[]; build: Builder }> = {
  RISKNORMAL: { params: ['mean', 'standard deviation'], build: (a) => plain({ type: 'NORMAL', mean: a.num(0), sd: a.num(1) }) },
  RISKLOGNORM: {
    params: ['mean', 'standard deviation'],
    build: (a) => {
      const mean = a.positive(0),
        sd = a.positive(1);
      const sigma = Math.sqrt(Math.log(1 + (sd * sd) / (mean * mean)));
      const mu = Math.log(mean) - (sigma * sigma) / 2;
      return {
        distribution: { type: 'LOGNORMAL', mu, sigma },
        note: `mean ${mean} and sd ${sd} of the lognormal converted to mu ${round6(mu)}, sigma ${round6(sigma)} of its logarithm`,
      };
    },
  },
  RISKLOGNORM2: {
    params: ['mean of the logarithm', 'sd of the logarithm'],
    build: (a) => plain({ type: 'LOGNORMAL', mu: a.num(0), sigma: a.num(1) }),
  },
  RISKTRIANG: {
    params: ['minimum', 'most likely', 'maximum'],
    build: (a) => plain({ type: 'TRIANGULAR', min: a.num(0), mode: a.num(1), max: a.num(2) }),
  },
  RISKPERT: {
    params: ['minimum', 'most likely', 'maximum'],
    build: (a) => plain({ type: 'PERT', min: a.num(0), mode: a.num(1), max: a.num(2) }),
  },
  RISKUNIFORM: { params: ['minimum', 'maximum'], build: (a) => plain({ type: 'UNIFORM', min: a.num(0), max: a.num(1) }) },
  RISKBETA: { params: ['alpha1', 'alpha2'], build: (a) => plain({ type: 'BETA', alpha: a.num(0), beta: a.num(1) }) },
  RISKBETAGENERAL: {
    params: ['alpha1', 'alpha2', 'minimum', 'maximum'],
    build: (a) => plain({ type: 'BETA', alpha: a.num(0), beta: a.num(1), min: a.num(2), max: a.num(3) }),
  },
  RISKGAMMA: { params: ['alpha (shape)', 'beta (scale)'], build: (a) => plain({ type: 'GAMMA', shape: a.num(0), scale: a.num(1) }) },
  RISKEXPON: {
    params: ['beta (mean)'],
    build: (a) => {
      const mean = a.positive(0);
      return { distribution: { type: 'EXPONENTIAL', rate: 1 / mean }, note: `mean ${mean} converted to rate ${round6(1 / mean)}` };
    },
  },
  RISKWEIBULL: { params: ['alpha (shape)', 'beta (scale)'], build: (a) => plain({ type: 'WEIBULL', shape: a.num(0), scale: a.num(1) }) },
  RISKPOISSON: { params: ['lambda'], build: (a) => plain({ type: 'POISSON', lambda: a.num(0) }) },
  RISKBINOMIAL: { params: ['n', 'p'], build: (a) => plain({ type: 'BINOMIAL', n: a.num(0), p: a.num(1) }) },
  RISKBERNOULLI: { params: ['p'], build: (a) => plain({ type: 'BERNOULLI', p: a.num(0) }) },
  RISKSTUDENT: { params: ['nu (degrees of freedom)'], build: (a) => plain({ type: 'STUDENT_T', df: a.num(0) }) },
  RISKLOGISTIC: {
    params: ['alpha (location)', 'beta (scale)'],
    build: (a) => plain({ type: 'LOGISTIC', location: a.num(0), scale: a.num(1) }),
  },
  RISKPARETO: { params: ['theta (shape)', 'a (minimum)'], build: (a) => plain({ type: 'PARETO', shape: a.num(0), scale: a.num(1) }) },
  RISKDISCRETE: { params: ['values', 'weights'], build: (a) => discrete(a.fn, a.list(0), a.list(1)) },
  RISKDUNIFORM: {
    params: ['values'],
    build: (a) => {
      const xs = a.list(0);
      return discrete(
        a.fn,
        xs,
        xs.map(() => 1),
      );
    },
  },
  RISKINTUNIFORM: {
    params: ['minimum', 'maximum'],
    build: (a) => {
      const lo = a.num(0),
        hi = a.num(1);
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo || hi - lo > 100_000) {
        throw new FunctionError(`${a.fn} needs whole numbers minimum <= maximum at most 100000 apart (got ${lo}, ${hi}).`, a.fn);
      }
      const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
      return {
        distribution: { type: 'DISCRETE', values, probabilities: values.map(() => 1 / values.length) },
        note: 'mapped to DISCRETE over the whole numbers',
      };
    },
  },
};

/**
 * Crystal Ball's cell functions (CB.Normal and the like) draw from a distribution on every
 * trial as @RISK's do, with Crystal Ball's parameter orders: its lognormal takes the mean and
 * standard deviation of the lognormal, its exponential a rate, its binomial the probability
 * before the trials. Assumptions defined in Crystal Ball's dialogs live outside the cells and are
 * not read.
 */
const CRYSTAL_BALL: Record<string, { params: string[]; build: Builder }> = {
  'CB.NORMAL': { params: ['mean', 'standard deviation'], build: BUILDERS.RISKNORMAL.build },
  'CB.UNIFORM': { params: ['minimum', 'maximum'], build: BUILDERS.RISKUNIFORM.build },
  'CB.TRIANGULAR': { params: ['minimum', 'likeliest', 'maximum'], build: BUILDERS.RISKTRIANG.build },
  'CB.BETAPERT': { params: ['minimum', 'likeliest', 'maximum'], build: BUILDERS.RISKPERT.build },
  'CB.LOGNORMAL': { params: ['mean', 'standard deviation'], build: BUILDERS.RISKLOGNORM.build },
  'CB.EXPONENTIAL': { params: ['rate'], build: (a) => plain({ type: 'EXPONENTIAL', rate: a.positive(0) }) },
  'CB.POISSON': { params: ['rate'], build: (a) => plain({ type: 'POISSON', lambda: a.num(0) }) },
  'CB.BINOMIAL': { params: ['probability', 'trials'], build: (a) => plain({ type: 'BINOMIAL', n: a.num(1), p: a.num(0) }) },
};

const ALL_BUILDERS = { ...BUILDERS, ...CRYSTAL_BALL };

/** The @RISK and Crystal Ball distribution functions Carlo maps, in upper case. */
export const RISK_DISTRIBUTIONS: ReadonlySet<string> = new Set(Object.keys(ALL_BUILDERS));

export function mapRiskDistribution(fn: string, args: RiskArg[]): MappedDistribution {
  const builder = ALL_BUILDERS[fn];
  if (builder === undefined) throw new FunctionError(`${fn} is not a distribution Carlo maps.`, fn);
  if (args.length > builder.params.length) {
    throw new FunctionError(
      `${fn} takes ${builder.params.length} argument(s) (${builder.params.join(', ')}) before its property functions; got ${args.length}.`,
      fn,
    );
  }
  return builder.build(new Args(fn, args, builder.params));
}

function discrete(fn: string, values: number[], weights: number[]): MappedDistribution {
  if (values.length !== weights.length) {
    throw new FunctionError(`${fn} needs as many weights as values (${values.length} values, ${weights.length} weights).`, fn);
  }
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0) || weights.some((w) => w < 0))
    throw new FunctionError(`${fn}: weights must not be negative and must add up to more than 0.`, fn);
  const probabilities = weights.map((w) => w / total);
  const note = Math.abs(total - 1) > 1e-12 ? `weights divided by their total ${total} so that they add up to 1` : null;
  return { distribution: { type: 'DISCRETE', values, probabilities }, note };
}

function round6(x: number): number {
  return Number(x.toPrecision(6));
}
