import type { MikroORM } from '@mikro-orm/postgresql';
import type { RunMeter } from '../domain/simulation/index.js';
import { simulationCredits } from './cost/simulation-price.js';
import type { CreditsCrossingListener } from './credits/credit-crossings.js';
import { settleJobHold } from './credits/job-settlement.js';
import { usageRecorded } from './usage/usage-recorded.js';

/**
 * Metering's side of the simulation module's RunMeter: prices by SIMULATION_PRICE, settles through
 * the ledger, and tells `onCrossings` of the credit lines a job's own settlement crosses.
 */
export function createSimulationMeter(orm: MikroORM, onCrossings?: CreditsCrossingListener): RunMeter {
  return {
    creditsFor: (workUnits) => Math.max(1, simulationCredits(workUnits)),
    async settleJob(em, usage) {
      const settled = await settleJobHold(
        em,
        {
          requestId: usage.requestId,
          heldCredits: usage.heldCredits,
          actualCredits: simulationCredits(usage.workUnits),
          reason: usage.reason,
        },
        onCrossings,
      );
      return settled.kind === 'no_usage_event' ? 'no_usage_event' : 'settled';
    },
    usageRecorded: (requestId, timeoutMs) => usageRecorded(orm, requestId, timeoutMs),
  };
}
