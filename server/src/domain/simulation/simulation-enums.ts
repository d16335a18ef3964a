import { registerEnumType } from 'type-graphql';
import { DISTRIBUTION_TYPES } from './engine/index.js';
import { SimulationStatus } from './simulation-run.entity.js';

/**
 * GraphQL enums whose values are the engine's own strings, so an input converts to a ModelSpec
 * without a lookup table. DistributionType follows the engine's list.
 */
export const DistributionTypeEnum = Object.fromEntries(DISTRIBUTION_TYPES.map((type) => [type, type])) as {
  [K in (typeof DISTRIBUTION_TYPES)[number]]: K;
};

export enum SamplingMethodEnum {
  MONTE_CARLO = 'MONTE_CARLO',
  LATIN_HYPERCUBE = 'LATIN_HYPERCUBE',
  SOBOL = 'SOBOL',
}

export enum CorrelationMethodEnum {
  GAUSSIAN_COPULA = 'GAUSSIAN_COPULA',
  IMAN_CONOVER = 'IMAN_CONOVER',
}

export enum AutoStopStatisticEnum {
  MEAN = 'MEAN',
  PERCENTILE = 'PERCENTILE',
  PROBABILITY = 'PROBABILITY',
}

registerEnumType(DistributionTypeEnum, {
  name: 'DistributionType',
  description: 'A probability distribution the engine samples by inverse CDF.',
});
registerEnumType(SamplingMethodEnum, {
  name: 'SamplingMethod',
  description:
    'MONTE_CARLO: independent draws; LATIN_HYPERCUBE: stratified per chunk; SOBOL: scrambled quasi-random (power-of-two iterations).',
});
registerEnumType(CorrelationMethodEnum, { name: 'CorrelationMethod', description: 'How rank correlations are imposed on the inputs.' });
registerEnumType(AutoStopStatisticEnum, { name: 'AutoStopStatistic', description: 'The statistic an auto-stop rule watches.' });
registerEnumType(SimulationStatus, { name: 'SimulationStatus' });
