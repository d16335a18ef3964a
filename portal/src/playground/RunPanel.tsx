import { CopyButton } from '../ui/CopyButton';
import { ApiError } from './api';
import { Results } from './Results';
import { asCurl, asGraphql, asSdk, type MadeCall } from './snippets';
import type { RunState } from './useRunner';

/** The server's message with its code, as the API gave them. */
export function ApiFailure({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  const code = error instanceof ApiError ? error.code : null;
  return (
    <div className="error" role="alert">
      <p>
        {message}
        {code ? (
          <>
            {' '}
            <code>{code}</code>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** The three copies of the call just made: the same body the page sent. */
export function CopyCall({ call }: { call: MadeCall }) {
  const origin = window.location.origin;
  return (
    <div className="row">
      <CopyButton text={asCurl(call, origin)} label="Copy as curl" />
      <CopyButton text={asGraphql(call)} label="Copy as GraphQL" />
      <CopyButton text={asSdk(call, origin)} label="Copy as SDK code" />
    </div>
  );
}

export function RunPanel({ state, onCancel }: { state: RunState; onCancel: () => void }) {
  if (state.phase === 'idle') return <p className="empty">Run the model to see its histogram, percentiles, VaR and tornado here.</p>;
  return (
    <section aria-label="Run" className="stack wide">
      {state.phase === 'running' ? (
        <p className="state" role="status">
          Running…
        </p>
      ) : null}
      {state.phase === 'job' ? (
        <div className="card" role="status" aria-live="polite">
          <p>
            Job <code>{state.job.id}</code> {state.job.status.toLowerCase()} · {Math.round(state.job.progress * 100)}%
          </p>
          <progress max={1} value={state.job.progress} aria-label="Job progress" />
          <p className="hint">Each progress check is a simulation(id) call of 1 credit, once a second.</p>
          <button type="button" className="danger" disabled={state.cancelling} onClick={onCancel}>
            {state.cancelling ? 'Cancelling…' : 'Cancel job'}
          </button>
        </div>
      ) : null}
      {state.phase === 'stopped' ? (
        <div className="notice" role="status" data-testid="job-stopped">
          <p>
            Job {state.job.status.toLowerCase()}: {state.reason}
          </p>
        </div>
      ) : null}
      {state.phase === 'failed' ? <ApiFailure error={state.error} /> : null}
      {state.call ? <CopyCall call={state.call} /> : null}
      {state.phase === 'done' ? <Results result={state.result} /> : null}
    </section>
  );
}
