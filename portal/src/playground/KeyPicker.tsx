import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlaygroundAccountQuery } from '../generated/graphql';
import { ErrorMessage, Loading } from '../ui/State';
import { callApi, keyStore } from './api';
import { PlaygroundAccountDocument, PlaygroundKeyDocument } from './playground.graphql';

export type Account = PlaygroundAccountQuery['me'];
export type KeyState = { key: string; account: Account | null; error: unknown; setKey: (secret: string) => void };

/** The tab's key and the account it calls as; `me` is free, so checking the key costs nothing. */
export function usePlaygroundKey(): KeyState {
  const [key, setKeyState] = useState(keyStore.get);
  const [account, setAccount] = useState<Account | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setAccount(null);
    setError(null);
    if (!key) return;
    let live = true;
    callApi(PlaygroundAccountDocument, {}, key)
      .then((data) => live && setAccount(data.me))
      .catch((failure: unknown) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [key]);
  const setKey = (secret: string) => {
    if (secret) keyStore.set(secret);
    else keyStore.clear();
    setKeyState(secret);
  };
  return { key, account, error, setKey };
}

const masked = (key: string) => `${key.slice(0, 8)}…${key.slice(-4)}`;

/** Paste a secret, or have the portal issue a test key for the playground in one click. */
export function KeyPicker({ state, canCreate }: { state: KeyState; canCreate: boolean }) {
  const [draft, setDraft] = useState('');
  const [create, created] = useMutation(PlaygroundKeyDocument);
  if (state.key)
    return (
      <section className="card" aria-label="API key">
        <p data-testid="playground-key">
          Calling as <code>{masked(state.key)}</code>
          {state.account ? ` · ${state.account.company} on ${state.account.plan.name}` : ''}. The key stays in this tab only.
        </p>
        {state.error ? <ErrorMessage error={state.error} /> : null}
        {!state.error && !state.account ? <Loading what="the key's account" /> : null}
        <button type="button" className="secondary" onClick={() => state.setKey('')}>
          Use another key
        </button>
      </section>
    );
  return (
    <section className="card stack" aria-label="API key">
      <h2>Choose an API key</h2>
      <p>
        Calls from here are metered to a key like any integration's. The secret stays in this browser tab (sessionStorage) and is forgotten
        when you close it.
      </p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) state.setKey(draft.trim());
        }}
      >
        <label>
          Key secret
          <input
            type="password"
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="mc_test_…"
          />
        </label>
        <button type="submit">Use this key</button>
      </form>
      {canCreate ? (
        <div>
          {created.error ? <ErrorMessage error={created.error} /> : null}
          <button
            type="button"
            className="secondary"
            disabled={created.loading}
            onClick={() =>
              void create({
                variables: {
                  input: { name: 'Playground', mode: 'TEST', scopes: ['SIMULATIONS_RUN', 'SIMULATIONS_READ'] },
                },
              })
                .then((result) => result.data && state.setKey(result.data.portalCreateApiKey.secret))
                .catch(() => undefined)
            }
          >
            Create a playground test key
          </button>
          <p className="hint">A test key named “Playground” that can run and read simulations; it shows on the Keys page.</p>
        </div>
      ) : null}
    </section>
  );
}
