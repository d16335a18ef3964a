import { Worker } from 'node:worker_threads';
import type { ModelSpec, ReplayedIteration } from './engine/index.js';

const WORKER_URL = new URL('./replay-worker.ts', import.meta.url);
const MAX_CONCURRENT = 2;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Replays an iteration on a short-lived worker thread: a replay recomputes a whole chunk
 * (65,536 iterations), which would block the event loop for up to a second on slow distributions.
 */
export async function replayOffThread(spec: ModelSpec, seed: number, iteration: number): Promise<ReplayedIteration> {
  return onWorkerThread<ReplayedIteration>(WORKER_URL, { spec, seed, iteration });
}

/** Runs a worker entry to its one message; at most two run at once, further calls wait their turn. */
export async function onWorkerThread<T>(url: URL, workerData: unknown): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = new Worker(url, { workerData, execArgv: ['--import', 'tsx'] });
      worker.once('message', (message: T) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`The worker exited with code ${code}.`));
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}
