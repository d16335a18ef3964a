import type { DistributionType } from '../generated/graphql';

export type Param = { name: string; label: string; list?: boolean; optional?: boolean };

const n = (name: string, label: string, optional = false): Param => ({ name, label, optional });
const list = (name: string, label: string, optional = false): Param => ({ name, label, list: true, optional });

/** Every distribution the API samples, with the parameters DistributionInput documents for it. */
export const DISTRIBUTIONS: Record<DistributionType, { label: string; params: Param[] }> = {
  NORMAL: { label: 'Normal', params: [n('mean', 'Mean'), n('sd', 'Standard deviation')] },
  LOGNORMAL: { label: 'Lognormal', params: [n('mu', 'Mean of the log'), n('sigma', 'Sd of the log')] },
  UNIFORM: { label: 'Uniform', params: [n('min', 'Min'), n('max', 'Max')] },
  TRIANGULAR: { label: 'Triangular', params: [n('min', 'Min'), n('mode', 'Most likely'), n('max', 'Max')] },
  PERT: { label: 'PERT', params: [n('min', 'Min'), n('mode', 'Most likely'), n('max', 'Max')] },
  BETA: { label: 'Beta', params: [n('alpha', 'Alpha'), n('beta', 'Beta'), n('min', 'Min', true), n('max', 'Max', true)] },
  GAMMA: { label: 'Gamma', params: [n('shape', 'Shape'), n('scale', 'Scale')] },
  EXPONENTIAL: { label: 'Exponential', params: [n('rate', 'Rate')] },
  WEIBULL: { label: 'Weibull', params: [n('shape', 'Shape'), n('scale', 'Scale')] },
  PARETO: { label: 'Pareto', params: [n('shape', 'Shape'), n('scale', 'Scale')] },
  LOGISTIC: { label: 'Logistic', params: [n('location', 'Location'), n('scale', 'Scale')] },
  STUDENT_T: {
    label: 'Student t',
    params: [n('df', 'Degrees of freedom'), n('location', 'Location', true), n('scale', 'Scale', true)],
  },
  POISSON: { label: 'Poisson', params: [n('lambda', 'Mean count')] },
  BINOMIAL: { label: 'Binomial', params: [n('n', 'Trials'), n('p', 'Probability of success')] },
  BERNOULLI: { label: 'Bernoulli', params: [n('p', 'Probability of success')] },
  DISCRETE: { label: 'Discrete', params: [list('values', 'Values'), list('probabilities', 'Probabilities')] },
  EMPIRICAL: { label: 'Empirical', params: [list('data', 'Observed data')] },
  CUSTOM: {
    label: 'Custom (histogram or CDF table)',
    params: [
      list('bins', 'Histogram bin edges', true),
      list('probabilities', 'Bin probabilities', true),
      list('values', 'CDF x values', true),
      list('cdf', 'CDF values', true),
    ],
  },
};

export const DISTRIBUTION_TYPES = Object.keys(DISTRIBUTIONS) as DistributionType[];
