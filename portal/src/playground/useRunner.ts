import { useEffect, useRef, useState } from 'react';
import type { PlaygroundResultFragment, SimulationInput } from '../generated/graphql';
import { bodyOf, callApi } from './api';
import { PlaygroundCancelDocument, PlaygroundPollDocument, PlaygroundRunDocument, PlaygroundStartDocument } from './playground.graphql';
import type { MadeCall } from './snippets';

export type Job = { id: string; status: string; progress: number };
export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; call: MadeCall }
  | { phase: 'job'; call: MadeCall; job: Job; cancelling: boolean }
  | { phase: 'done'; call: MadeCall; result: PlaygroundResultFragment }
  | { phase: 'stopped'; call: MadeCall; job: Job; reason: string }
  | { phase: 'failed'; call: MadeCall | null; error: unknown };

/** Each poll is a priced simulation(id) call (1 credit), so the playground asks once a second. */
const POLL_MS = 1000;

/** Runs a model now, or as a job it polls until it ends, and cancels that job on request. */
export function useRunner(key: string) {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  // Stops polling when the page goes away.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const poll = (call: MadeCall, id: string) => {
    timer.current = setTimeout(() => {
      callApi(PlaygroundPollDocument, { id }, key)
        .then(({ simulation }) => {
          const job = { id: simulation.id, status: simulation.status, progress: simulation.progress };
          if (simulation.status === 'SUCCEEDED' && simulation.result) setState({ phase: 'done', call, result: simulation.result });
          else if (simulation.status === 'FAILED' || simulation.status === 'CANCELLED')
            setState({ phase: 'stopped', call, job, reason: simulation.error ?? `The job ended ${simulation.status.toLowerCase()}.` });
          else {
            setState((now) => ({ phase: 'job', call, job, cancelling: now.phase === 'job' && now.cancelling }));
            poll(call, id);
          }
        })
        .catch((error: unknown) => setState({ phase: 'failed', call, error }));
    }, POLL_MS);
  };

  const run = (input: SimulationInput, asJob: boolean) => {
    stop();
    if (asJob) {
      const call: MadeCall = { operation: 'startSimulation', body: bodyOf(PlaygroundStartDocument, { input }) };
      setState({ phase: 'running', call });
      callApi(PlaygroundStartDocument, { input }, key)
        .then(({ startSimulation: job }) => {
          setState({ phase: 'job', call, job, cancelling: false });
          poll(call, job.id);
        })
        .catch((error: unknown) => setState({ phase: 'failed', call, error }));
      return;
    }
    const call: MadeCall = { operation: 'runSimulation', body: bodyOf(PlaygroundRunDocument, { input }) };
    setState({ phase: 'running', call });
    callApi(PlaygroundRunDocument, { input }, key)
      .then(({ runSimulation }) => setState({ phase: 'done', call, result: runSimulation }))
      .catch((error: unknown) => setState({ phase: 'failed', call, error }));
  };

  const cancel = () => {
    if (state.phase !== 'job') return;
    setState({ ...state, cancelling: true });
    callApi(PlaygroundCancelDocument, { id: state.job.id }, key).catch((error: unknown) => {
      stop();
      setState({ phase: 'failed', call: state.call, error });
    });
  };

  return { state, run, cancel, reset: () => setState({ phase: 'idle' }) };
}
