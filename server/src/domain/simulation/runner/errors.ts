/** Why a run ended without a result. */
export class SimulationCancelledError extends Error {
  override readonly name = 'SimulationCancelledError';
  constructor() {
    super('The simulation was cancelled.');
  }
}

export class SimulationTimeoutError extends Error {
  override readonly name = 'SimulationTimeoutError';
  constructor(readonly timeLimitMs: number) {
    super(`The simulation did not finish within ${timeLimitMs} ms; use fewer iterations or an asynchronous run.`);
  }
}

export class SimulationWorkerError extends Error {
  override readonly name = 'SimulationWorkerError';
}
