/**
 * A long-lived pool of chunk workers. Runs are split into fixed-size chunks that any
 * worker may compute; reports are reduced in chunk order, so a result is bit-identical
 * for any pool size. Workers are TypeScript files started with `--import tsx`, which works
 * both when the server runs under tsx and inside vitest.
 */
import { createHash, randomInt } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { MAX_SEED, reproducibilityKeyInput, type CompiledModel, type SimulationResult } from '../engine/index.js';
import { RunAccumulator } from '../engine/run-accumulator.js';
import { SimulationCancelledError, SimulationTimeoutError, SimulationWorkerError } from './errors.js';
import type { FromWorker, ToWorker } from './messages.js';
import { returnBuffers, takeBuffer } from './buffer-cache.js';
import type { OrderStatistics } from '../engine/stats/order-statistics.js';

export type RunOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  timeLimitMs?: number;
};

const WORKER_URL = new URL('./chunk-worker.ts', import.meta.url);

type Run = {
  id: number;
  model: CompiledModel;
  seed: number;
  acc: RunAccumulator;
  buffers: SharedArrayBuffer[];
  nextChunk: number;
  queued: number;
  finishing: boolean;
  settled: boolean;
  succeeded: boolean;
  options: RunOptions;
  completed: number;
  resolve: (r: SimulationResult) => void;
  reject: (e: Error) => void;
  cleanup: () => void;
};
type Task =
  | { kind: 'chunk'; run: Run; chunk: number }
  | {
      kind: 'stats';
      run: Run;
      buffer: SharedArrayBuffer;
      length: number;
      done: (error: Error | null, summary: OrderStatistics | null) => void;
    };
type Slot = { worker: Worker; task: Task | null; loaded: Set<number> };

export class SimulationPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextRunId = 1;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('A pool needs at least one worker.');
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(model: CompiledModel, options: RunOptions = {}): Promise<SimulationResult> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('The simulation pool is closed.'));
      if (options.signal?.aborted) return reject(new SimulationCancelledError());
      const run: Run = {
        id: this.nextRunId++,
        model,
        seed: model.seed ?? randomInt(0, MAX_SEED + 1),
        acc: new RunAccumulator(model),
        buffers: model.outputNames.map(() => takeBuffer(model.iterations * 8)),
        nextChunk: 0,
        queued: 0,
        finishing: false,
        settled: false,
        succeeded: false,
        options,
        completed: 0,
        resolve,
        reject,
        cleanup: () => undefined,
      };
      const onAbort = (): void => this.fail(run, new SimulationCancelledError());
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const limit = options.timeLimitMs;
      const timer = limit === undefined ? null : setTimeout(() => this.fail(run, new SimulationTimeoutError(limit)), limit);
      run.cleanup = () => {
        options.signal?.removeEventListener('abort', onAbort);
        if (timer !== null) clearTimeout(timer);
        this.release(run);
      };
      this.schedule(run);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { execArgv: ['--import', 'tsx'], resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    const slot: Slot = { worker, task: null, loaded: new Set() };
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error) => this.onCrash(slot, error));
    return slot;
  }

  /** Keeps a few chunks per worker queued, so auto-stop wastes little work. */
  private schedule(run: Run): void {
    while (!run.settled && run.queued < 2 * this.size && run.nextChunk < run.acc.chunksNeeded) {
      this.queue.push({ kind: 'chunk', run, chunk: run.nextChunk++ });
      run.queued++;
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.task === null && this.queue.length > 0) {
        const task = this.queue.shift();
        if (task === undefined) break;
        if (task.kind === 'chunk' && (task.run.settled || task.chunk >= task.run.acc.chunksNeeded)) {
          task.run.queued--;
          this.recycle(task.run);
          continue;
        }
        this.send(slot, task);
      }
    }
  }

  private send(slot: Slot, task: Task): void {
    slot.task = task;
    const post = (m: ToWorker): void => slot.worker.postMessage(m);
    if (task.kind === 'stats') {
      post({ type: 'stats', buffer: task.buffer, length: task.length, statistics: task.run.model.statistics });
      return;
    }
    const run = task.run;
    if (!slot.loaded.has(run.id)) {
      post({ type: 'load', runId: run.id, spec: run.model.spec, limits: run.model.limits, outputs: run.buffers });
      slot.loaded.add(run.id);
    }
    post({ type: 'chunk', runId: run.id, seed: run.seed, chunk: task.chunk });
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    const task = slot.task;
    slot.task = null;
    if (task?.kind === 'stats') {
      if (message.type === 'stats') task.done(null, message.summary);
      else task.done(new SimulationWorkerError(message.type === 'error' ? message.message : 'Unexpected reply.'), null);
    }
    if (task?.kind === 'chunk') {
      const run = task.run;
      run.queued--;
      this.recycle(run);
      if (message.type === 'error') this.fail(run, new SimulationWorkerError(message.message));
      else if (message.type === 'chunk' && !run.settled) {
        run.acc.add(message.report);
        // Progress counts finished chunks in any order; auto-stop may end the run below the total.
        run.completed += message.report.length;
        this.reportProgress(run);
        // Chunks still in flight after auto-stop report in too: finish once, since the
        // statistics reorder the output buffer in place.
        if (run.acc.done && !run.finishing) {
          run.finishing = true;
          void this.finish(run);
        } else this.schedule(run);
      }
    }
    this.dispatch();
  }

  /** A throwing progress callback fails its run instead of the pool's bookkeeping. */
  private reportProgress(run: Run): void {
    try {
      run.options.onProgress?.(run.acc.done ? run.acc.iterationsRun : run.completed, run.model.iterations);
    } catch (error) {
      this.fail(run, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private onCrash(slot: Slot, error: Error): void {
    const task = slot.task;
    const index = this.slots.indexOf(slot);
    if (!this.closed && index >= 0) this.slots[index] = this.spawn();
    const failure = new SimulationWorkerError(`A simulation worker crashed: ${error.message}`);
    if (task?.kind === 'chunk') this.fail(task.run, failure);
    if (task?.kind === 'stats') task.done(failure, null);
    this.dispatch();
  }

  private async finish(run: Run): Promise<void> {
    const n = run.acc.iterationsRun;
    try {
      // One task per output, so several outputs spread over the workers.
      const summaries = await Promise.all(run.buffers.map((buffer) => this.statsTask(run, buffer, n)));
      if (run.settled) return;
      const key = createHash('sha256').update(reproducibilityKeyInput(run.model, run.seed)).digest('hex');
      const result = run.acc.finish(summaries, run.seed, key);
      run.settled = true;
      run.succeeded = true;
      run.cleanup();
      this.recycle(run);
      run.resolve(result);
    } catch (error) {
      this.fail(run, error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Statistics jump the queue: they are the last step of a run that holds its memory. */
  private statsTask(run: Run, buffer: SharedArrayBuffer, length: number): Promise<OrderStatistics> {
    return new Promise((resolve, reject) => {
      const done = (e: Error | null, summary: OrderStatistics | null): void => {
        if (summary !== null) resolve(summary);
        else reject(e ?? new SimulationWorkerError('No statistics.'));
      };
      this.queue.unshift({ kind: 'stats', run, buffer, length, done });
      this.dispatch();
    });
  }

  private fail(run: Run, error: Error): void {
    if (run.settled) return;
    run.settled = true;
    run.cleanup();
    run.reject(error);
  }

  /**
   * Hands a finished run's buffers back once no chunk of it is in flight (auto-stop can leave
   * some running) so the next run can reuse them. Failed runs may still be sorting: not those.
   */
  private recycle(run: Run): void {
    if (!run.succeeded || run.queued > 0 || run.buffers.length === 0) return;
    returnBuffers(run.buffers);
    run.buffers = [];
  }

  /** Lets workers drop the run; messages are ordered, so in-flight chunks finish first. */
  private release(run: Run): void {
    for (const slot of this.slots) {
      if (slot.loaded.delete(run.id)) slot.worker.postMessage({ type: 'release', runId: run.id } satisfies ToWorker);
    }
  }
}
