import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { day } from '../format';
import type { PortalWebhookEndpointsQuery } from '../generated/graphql';
import { ErrorMessage } from '../ui/State';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookEndpointForm } from './WebhookEndpointForm';
import {
  DeleteWebhookEndpointDocument,
  RollWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookEndpointDocument,
} from './webhooks.graphql';

type Endpoint = PortalWebhookEndpointsQuery['webhookEndpoints'][number];
type Mode = 'view' | 'edit' | 'delete' | 'roll';

type Props = {
  endpoint: Endpoint;
  catalogue: string[];
  onSecret: (url: string, secret: string) => void;
  onChanged: () => void;
};

/** One endpoint: what it receives, its switches, its secret roll, deletion with confirmation and its delivery log. */
export function WebhookEndpointCard({ endpoint, catalogue, onSecret, onChanged }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [logOpen, setLogOpen] = useState(false);
  const [testSent, setTestSent] = useState(false);
  const [update, updated] = useMutation(UpdateWebhookEndpointDocument);
  const [roll, rolled] = useMutation(RollWebhookSecretDocument);
  const [remove, removed] = useMutation(DeleteWebhookEndpointDocument);
  const [sendTest, tested] = useMutation(SendTestWebhookDocument);
  const failure = rolled.error ?? removed.error ?? tested.error ?? (mode === 'edit' ? undefined : updated.error);
  const label = endpoint.description || endpoint.url;
  return (
    <li className="card stack wide" aria-label={`Endpoint ${endpoint.url}`}>
      <p className="endpoint-url">
        <code>{endpoint.url}</code> <strong>{endpoint.enabled ? 'enabled' : 'disabled'}</strong>
      </p>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      <p className="hint">
        {endpoint.eventTypes.join(', ')} · added {day(endpoint.createdAt)}
        {endpoint.failureStreak > 0 ? ` · ${endpoint.failureStreak} failed in a row` : ''}
      </p>
      {failure ? <ErrorMessage error={failure} /> : null}
      {testSent ? <p role="status">Test event queued; it appears in the deliveries below.</p> : null}
      {mode === 'edit' ? (
        <WebhookEndpointForm
          title={`Edit ${label}`}
          catalogue={catalogue}
          initial={endpoint}
          busy={updated.loading}
          error={updated.error}
          submitLabel="Save endpoint"
          onCancel={() => setMode('view')}
          onSubmit={(input) =>
            void update({ variables: { id: endpoint.id, ...input } })
              .then(() => {
                setMode('view');
                onChanged();
              })
              .catch(() => undefined)
          }
        />
      ) : null}
      {mode === 'delete' ? (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation inside the card; a fieldset would suggest a form.
        <div role="group" aria-label={`Delete ${label}?`} className="row">
          <span>Delete this endpoint? Nothing more is sent to it.</span>
          <button
            type="button"
            className="danger"
            disabled={removed.loading}
            onClick={() =>
              void remove({ variables: { id: endpoint.id } })
                .then(onChanged)
                .catch(() => setMode('view'))
            }
          >
            Delete
          </button>
          <button type="button" className="secondary" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : null}
      {mode === 'roll' ? (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation inside the card; a fieldset would suggest a form.
        <div role="group" aria-label={`Roll the secret of ${label}?`} className="row">
          <span>The old secret stops working at once.</span>
          <button
            type="button"
            className="danger"
            disabled={rolled.loading}
            onClick={() =>
              void roll({ variables: { id: endpoint.id } })
                .then((result) => {
                  if (result.data) onSecret(endpoint.url, result.data.rollWebhookEndpointSecret.signingSecret);
                })
                .catch(() => undefined)
                .finally(() => setMode('view'))
            }
          >
            Roll secret
          </button>
          <button type="button" className="secondary" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : null}
      {mode === 'view' ? (
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={tested.loading || !endpoint.enabled}
            onClick={() =>
              void sendTest({ variables: { endpointId: endpoint.id } })
                .then(() => {
                  setTestSent(true);
                  setLogOpen(true);
                })
                .catch(() => undefined)
            }
          >
            Send test event
          </button>
          <button type="button" className="secondary" onClick={() => setLogOpen(!logOpen)} aria-expanded={logOpen}>
            {logOpen ? 'Hide deliveries' : 'Deliveries'}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('edit')}>
            Edit…
          </button>
          <button
            type="button"
            className="secondary"
            disabled={updated.loading}
            onClick={() =>
              void update({ variables: { id: endpoint.id, enabled: !endpoint.enabled } })
                .then(onChanged)
                .catch(() => undefined)
            }
          >
            {endpoint.enabled ? 'Disable' : 'Enable'}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('roll')}>
            Roll secret…
          </button>
          <button type="button" className="secondary" onClick={() => setMode('delete')}>
            Delete…
          </button>
        </div>
      ) : null}
      {logOpen ? <WebhookDeliveries endpointId={endpoint.id} url={endpoint.url} catalogue={catalogue} /> : null}
    </li>
  );
}
