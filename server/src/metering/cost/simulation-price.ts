import { workUnitsOfArgs } from '../../domain/simulation/index.js';
import type { BySize } from './pricing.js';

/**
 * The price of a simulation, written once: ceil(work units / 100,000) credits, at least 1, where
 * work units = iterations x (inputs + outputs beyond the first + compiled formula operations / 64),
 * the simulation module's sizer. A simple model (a few inputs, one short formula) costs what it did
 * when runs were priced by sampled values (iterations x inputs). The schema's
 * @costBySize directive on runSimulation and startSimulation is printed from it, and quotes,
 * reservations, job holds and job settlements all price through `creditsBySize`.
 */
export const SIMULATION_PRICE: BySize = { sizer: 'workUnits', unitsPerCredit: 100_000, minimum: 1 };

export const simulationSizer = { name: SIMULATION_PRICE.sizer, measure: workUnitsOfArgs };

/** Credits for a measured size under a @costBySize rule. */
export function creditsBySize(rule: BySize, size: number): number {
  return Math.max(rule.minimum, Math.ceil(size / rule.unitsPerCredit));
}

/** The SDL of a @costBySize rule, for `@Directive` on a resolver field. */
export function costBySizeDirectiveSdl(rule: BySize): string {
  return `@costBySize(sizer: "${rule.sizer}", unitsPerCredit: ${rule.unitsPerCredit}, minimum: ${rule.minimum})`;
}

/** What a simulation of this many work units costs; a job that ran nothing costs nothing. */
export function simulationCredits(workUnits: number): number {
  return workUnits > 0 ? creditsBySize(SIMULATION_PRICE, workUnits) : 0;
}
