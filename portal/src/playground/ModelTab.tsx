import { useState } from 'react';
import { ApiError } from './api';
import type { Account } from './KeyPicker';
import { type ModelState, initialModel, toSimulationInput } from './model';
import { ModelForm } from './ModelForm';
import { QuoteLine, useQuote } from './QuoteLine';
import { RunPanel } from './RunPanel';
import { useRunner } from './useRunner';

/** Server refusals that name a field, by that field, so the message shows beside it. */
function serverFieldErrors(...errors: unknown[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const error of errors) if (error instanceof ApiError && error.field) found[error.field] = error.message;
  return found;
}

export function ModelTab({ apiKey, account }: { apiKey: string; account: Account | null }) {
  const [model, setModel] = useState<ModelState>(initialModel);
  const [touched, setTouched] = useState(false);
  const runner = useRunner(apiKey);
  const { input, errors } = toSimulationInput(model);
  const valid = Object.keys(errors).length === 0;
  const asJob = account !== null && input.iterations > account.plan.maxIterationsSync;
  const quote = useQuote(apiKey, valid ? input : null, asJob);
  const fieldErrors = {
    ...serverFieldErrors(quote.error, runner.state.phase === 'failed' ? runner.state.error : null),
    ...(touched ? errors : {}),
  };
  const busy = runner.state.phase === 'running' || runner.state.phase === 'job';
  return (
    <form
      aria-label="Model"
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (valid) runner.run(input, asJob);
      }}
    >
      <ModelForm
        model={model}
        errors={fieldErrors}
        onChange={(next) => {
          // A refusal speaks of the model as it was sent; an edit makes it stale.
          if (runner.state.phase === 'failed') runner.reset();
          setModel(next);
          setTouched(true);
        }}
      />
      <div className="card stack wide">
        <QuoteLine state={quote} />
        {account ? (
          <p className="hint">
            {asJob
              ? `More than ${account.plan.maxIterationsSync.toLocaleString('en-US')} iterations: this runs as a background job (startSimulation).`
              : `Up to ${account.plan.maxIterationsSync.toLocaleString('en-US')} iterations run at once (runSimulation); more start a background job.`}
          </p>
        ) : null}
        <button type="submit" disabled={busy || !account}>
          {asJob ? 'Start job' : 'Run'}
        </button>
      </div>
      <RunPanel state={runner.state} onCancel={runner.cancel} />
    </form>
  );
}
