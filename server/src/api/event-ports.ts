import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EndedRun, RunMeter } from '../domain/simulation/index.js';
import { type CreditsCrossingListener, createSimulationMeter } from '../metering/index.js';
import { type NotificationsModule, creditsCrossingEvent, simulationEndedEvent } from '../notifications/index.js';

/** Metering cannot import notifications: credit lines crossed by a settlement travel up through this port. */
export function announceCrossings(notifications: NotificationsModule): CreditsCrossingListener {
  return async (em, crossings) => {
    await notifications.emitAll(em, crossings.map(creditsCrossingEvent));
  };
}

/**
 * The simulation meter of an API or worker process, with its ports to notifications: a run's end
 * and the credit lines its settlement crosses are recorded in the transaction that ends the run,
 * wherever the run ended.
 */
export function meterWithEvents(orm: MikroORM, notifications: NotificationsModule): RunMeter {
  return {
    ...createSimulationMeter(orm, announceCrossings(notifications)),
    runEnded: async (em: EntityManager, run: EndedRun) => {
      await notifications.emit(em, simulationEndedEvent(run));
    },
  };
}
