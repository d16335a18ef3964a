import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { day, moment } from '../format';
import { CopyButton } from '../ui/CopyButton';
import { Empty, ErrorMessage, Loading } from '../ui/State';
import { KeyCreateForm } from './KeyCreateForm';
import { KeyCapForm } from './KeyCapForm';
import { KeyRotateForm } from './KeyRotateForm';
import {
  ClearKeyCapDocument,
  CreateKeyDocument,
  KeysDocument,
  RevokeKeyDocument,
  RotateKeyDocument,
  SetKeyCapDocument,
} from './keys.graphql';

type Shown = { name: string; secret: string };
type Pending = { keyId: string; action: 'rotate' | 'revoke' | 'cap' };

function SecretOnce({ shown, onDone }: { shown: Shown; onDone: () => void }) {
  return (
    <section className="card secret" aria-label="New key secret">
      <h2>Your new key “{shown.name}”</h2>
      <p>
        <strong>Copy it now.</strong> It is shown only once; Carlo keeps only a hash of it.
      </p>
      <code data-testid="new-key-secret">{shown.secret}</code>
      <div className="row">
        <CopyButton text={shown.secret} label="Copy key" />
        <button type="button" className="secondary" onClick={onDone}>
          I stored it
        </button>
      </div>
    </section>
  );
}

export default function KeysPage() {
  const { data, error, loading, refetch } = useQuery(KeysDocument);
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [create, created] = useMutation(CreateKeyDocument);
  const [rotate, rotated] = useMutation(RotateKeyDocument);
  const [revoke, revoked] = useMutation(RevokeKeyDocument);
  const [setCap, capSet] = useMutation(SetKeyCapDocument);
  const [clearCap, capCleared] = useMutation(ClearKeyCapDocument);
  const failure = created.error ?? rotated.error ?? revoked.error ?? capSet.error ?? capCleared.error;
  const after = () => void refetch();
  return (
    <>
      <h1>API keys</h1>
      {failure ? <ErrorMessage error={failure} /> : null}
      {shown ? <SecretOnce shown={shown} onDone={() => setShown(null)} /> : null}
      {error ? <ErrorMessage error={error} retry={after} /> : null}
      {loading && !data ? <Loading what="your keys" /> : null}
      {data && data.portalApiKeys.items.length === 0 ? <Empty>No keys yet. Create one below to call the API.</Empty> : null}
      {data && data.portalApiKeys.items.length > 0 ? (
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Key</th>
                <th>Scopes</th>
                <th>Status</th>
                <th>Created</th>
                <th>Last used</th>
                <th>Expires</th>
                <th>Spend cap</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.portalApiKeys.items.map((key) => (
                <tr key={key.id}>
                  <td>
                    {key.name} <small>{key.mode.toLowerCase()}</small>
                  </td>
                  <td>
                    <code>
                      {key.displayPrefix}…{key.last4}
                    </code>
                  </td>
                  <td>{key.scopes.map((scope) => scope.toLowerCase().replace('_', ' ')).join(', ')}</td>
                  <td>
                    {key.status.toLowerCase()}
                    {key.graceUntil ? ` until ${moment(key.graceUntil)}` : ''}
                  </td>
                  <td>{day(key.createdAt)}</td>
                  <td>{day(key.lastUsedAt)}</td>
                  <td>{day(key.expiresAt)}</td>
                  <td>
                    {key.spendCapCredits === null || key.spendCapCredits === undefined
                      ? 'none'
                      : `${key.spendCapCredits} / ${key.spendCapWindow === 'MONTH' ? 'month' : 'day'} (${key.spendCapMode === 'SOFT' ? 'soft' : 'hard'})`}
                  </td>
                  <td className="actions">
                    {key.status === 'ACTIVE' && !key.graceUntil ? (
                      pending?.keyId === key.id && pending.action === 'revoke' ? (
                        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation in a table cell; a fieldset would break the row.
                        <span role="group" aria-label={`Revoke ${key.name}?`}>
                          Revoke “{key.name}”? Calls with it fail at once.{' '}
                          <button
                            type="button"
                            className="danger"
                            onClick={() =>
                              void revoke({ variables: { id: key.id } })
                                .then(after)
                                .catch(() => undefined)
                                .finally(() => setPending(null))
                            }
                          >
                            Revoke
                          </button>{' '}
                          <button type="button" className="secondary" onClick={() => setPending(null)}>
                            Keep
                          </button>
                        </span>
                      ) : pending?.keyId === key.id && pending.action === 'cap' ? (
                        <KeyCapForm
                          keyName={key.name}
                          busy={capSet.loading || capCleared.loading}
                          onCancel={() => setPending(null)}
                          onSet={(cap) =>
                            void setCap({ variables: { keyId: key.id, ...cap } })
                              .then(after)
                              .catch(() => undefined)
                              .finally(() => setPending(null))
                          }
                          onClear={() =>
                            void clearCap({ variables: { keyId: key.id } })
                              .then(after)
                              .catch(() => undefined)
                              .finally(() => setPending(null))
                          }
                        />
                      ) : pending?.keyId === key.id ? (
                        <KeyRotateForm
                          keyName={key.name}
                          busy={rotated.loading}
                          onCancel={() => setPending(null)}
                          onRotate={(graceHours) =>
                            void rotate({ variables: { id: key.id, graceHours } })
                              .then((result) => {
                                if (result.data)
                                  setShown({
                                    name: result.data.portalRotateApiKey.apiKey.name,
                                    secret: result.data.portalRotateApiKey.secret,
                                  });
                                after();
                              })
                              .catch(() => undefined)
                              .finally(() => setPending(null))
                          }
                        />
                      ) : (
                        <>
                          <button type="button" className="secondary" onClick={() => setPending({ keyId: key.id, action: 'cap' })}>
                            Spend cap…
                          </button>{' '}
                          <button type="button" className="secondary" onClick={() => setPending({ keyId: key.id, action: 'rotate' })}>
                            Rotate…
                          </button>{' '}
                          <button type="button" className="secondary" onClick={() => setPending({ keyId: key.id, action: 'revoke' })}>
                            Revoke…
                          </button>
                        </>
                      )
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <KeyCreateForm
        busy={created.loading}
        onCreate={(input) =>
          void create({ variables: { input } })
            .then((result) => {
              if (result.data)
                setShown({ name: result.data.portalCreateApiKey.apiKey.name, secret: result.data.portalCreateApiKey.secret });
              after();
            })
            .catch(() => undefined)
        }
      />
    </>
  );
}
