import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import type { Context } from '../api/index.js';
import type { KeyPrincipal } from '../domain/access/index.js';
import { type PreparedModel, type SimulationResultType, resultView } from '../domain/simulation/index.js';
import { storeWithCharge } from '../metering/index.js';

/**
 * A run answered now, as runSimulation and runWorkbook do it: on the pool, stored with its charge,
 * settled at the work it ran (an auto-stopped run costs what it ran, not what it asked for). The
 * engine's time goes out in a Server-Timing header, to which the HTTP layer adds the request's
 * total, so a caller can tell the simulation's time from the rest of the call.
 */
export async function runNow(
  { em, services, usage, requestId, response }: Context,
  info: GraphQLResolveInfo,
  caller: KeyPrincipal,
  prepared: PreparedModel,
): Promise<SimulationResultType> {
  const { runId, result, engineMs, store } = await services.simulations.runSync(caller, prepared, requestId);
  await storeWithCharge(usage, em, store);
  usage.reportActualSize(responsePathAsArray(info.path), result.iterationsRun * prepared.workPerIteration);
  response.setHeader('server-timing', `engine;dur=${engineMs.toFixed(2)}`);
  return resultView(runId, result);
}
