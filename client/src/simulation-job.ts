import { CancelSimulationDocument, SimulationDocument, SimulationProgressDocument } from './documents.js';
import { SimulationFailedError } from './errors.js';
import type { CarloSimulationQuery, SimulationRunFieldsFragment } from './generated/graphql.js';
import type { Execute } from './operation.js';
import { withResponse, type WithResponse } from './response.js';
import { sleep } from './retry.js';
import type { CallOptions } from './transport.js';

export type SimulationRun = SimulationRunFieldsFragment;
export type FinishedSimulation = CarloSimulationQuery['simulation'];
export type ProgressListener = (run: SimulationRun) => void;

export type WaitOptions = {
  /**
   * Time between polls of simulation(id), 1000 ms by default. Each poll is a call that costs
   * what simulation(id) costs (see docs/api.md), so poll no faster than you need.
   */
  pollIntervalMs?: number;
  /** Stops waiting when aborted: the promise rejects with the signal's reason (the job keeps running). */
  signal?: AbortSignal;
};

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/**
 * A simulation started with `simulations.start()`. `wait()` polls it until it ends, emitting a
 * `progress` event whenever its status or progress moves; `cancel()` stops it.
 */
export class SimulationJob {
  private readonly listeners = new Set<ProgressListener>();
  private latest: SimulationRun;

  constructor(
    private readonly execute: Execute,
    run: SimulationRun,
  ) {
    this.latest = run;
  }

  get id(): string {
    return this.latest.id;
  }

  /** The run as last seen (at start, or at the last poll). */
  get run(): SimulationRun {
    return this.latest;
  }

  /** Listens while `wait()` polls; returns a function that stops listening. */
  on(event: 'progress', listener: ProgressListener): () => void {
    if (event !== 'progress') throw new TypeError(`SimulationJob has no "${String(event)}" event.`);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the run once and emits `progress` if it moved. */
  async refresh(options: CallOptions = {}): Promise<SimulationRun> {
    const { simulation } = await this.execute(SimulationProgressDocument, { id: this.id }, options);
    this.observe(simulation);
    return simulation;
  }

  /** Resolves with the finished run and its result; throws SimulationFailedError if it failed or was cancelled. */
  async wait(options: WaitOptions = {}): Promise<WithResponse<FinishedSimulation>> {
    const interval = options.pollIntervalMs ?? 1000;
    let run = this.latest;
    while (!TERMINAL.has(run.status)) {
      await sleep(interval, options.signal);
      run = await this.refresh({ signal: options.signal });
    }
    const finished = await this.execute(SimulationDocument, { id: this.id }, { signal: options.signal });
    const { simulation } = finished;
    if (simulation.status === 'SUCCEEDED') return withResponse(simulation, finished.lastResponse);
    const cancelled = simulation.status === 'CANCELLED';
    throw new SimulationFailedError(
      {
        code: cancelled ? 'SIMULATION_CANCELLED' : 'SIMULATION_FAILED',
        message: cancelled
          ? `Simulation ${this.id} was cancelled.`
          : `Simulation ${this.id} failed: ${simulation.error ?? 'no reason given'}.`,
        response: finished.lastResponse,
      },
      simulation,
    );
  }

  /** Cancels the job: a queued one at once, a running one within about a second. Twice is harmless. */
  async cancel(options: CallOptions = {}): Promise<WithResponse<SimulationRun>> {
    const cancelled = await this.execute(CancelSimulationDocument, { id: this.id }, options);
    this.observe(cancelled.cancelSimulation);
    return withResponse(cancelled.cancelSimulation, cancelled.lastResponse);
  }

  private observe(run: SimulationRun): void {
    const moved = run.status !== this.latest.status || run.progress !== this.latest.progress;
    this.latest = run;
    if (moved) for (const listener of this.listeners) listener(run);
  }
}
