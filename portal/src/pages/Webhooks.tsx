import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CopyButton } from '../ui/CopyButton';
import { Empty, ErrorMessage, Loading } from '../ui/State';
import { WebhookEndpointCard } from './WebhookEndpointCard';
import { WebhookEndpointForm } from './WebhookEndpointForm';
import { CreateWebhookEndpointDocument, WebhookEndpointsDocument } from './webhooks.graphql';

type Shown = { url: string; secret: string };

function SecretOnce({ shown, onDone }: { shown: Shown; onDone: () => void }) {
  return (
    <section className="card secret" aria-label="Signing secret">
      <h2>Signing secret for {shown.url}</h2>
      <p>
        <strong>Copy it now.</strong> It is shown only once. Check each delivery's <code>Carlo-Signature</code> header with it.
      </p>
      <code data-testid="webhook-secret">{shown.secret}</code>
      <div className="row">
        <CopyButton text={shown.secret} label="Copy secret" />
        <button type="button" className="secondary" onClick={onDone}>
          I stored it
        </button>
      </div>
    </section>
  );
}

/** Webhook endpoints of the company: owners and developers add, change and watch them here. */
export default function WebhooksPage() {
  const { data, error, loading, refetch } = useQuery(WebhookEndpointsDocument);
  const [shown, setShown] = useState<Shown | null>(null);
  // A new form after each success clears what was typed.
  const [formKey, setFormKey] = useState(0);
  const [create, created] = useMutation(CreateWebhookEndpointDocument);
  const after = () => void refetch();
  const catalogue = data?.webhookEventTypes ?? [];
  return (
    <>
      <h1>Webhooks</h1>
      <p className="hint">Carlo posts signed events to your endpoints and retries failed ones for up to 3 days.</p>
      {shown ? <SecretOnce shown={shown} onDone={() => setShown(null)} /> : null}
      {error ? <ErrorMessage error={error} retry={after} /> : null}
      {loading && !data ? <Loading what="your endpoints" /> : null}
      {data && data.webhookEndpoints.length === 0 ? <Empty>No endpoints yet. Add one below to receive events.</Empty> : null}
      {data && data.webhookEndpoints.length > 0 ? (
        <ul className="endpoints">
          {data.webhookEndpoints.map((endpoint) => (
            <WebhookEndpointCard
              key={endpoint.id}
              endpoint={endpoint}
              catalogue={catalogue}
              onSecret={(url, secret) => setShown({ url, secret })}
              onChanged={after}
            />
          ))}
        </ul>
      ) : null}
      {data ? (
        <WebhookEndpointForm
          key={formKey}
          title="Add an endpoint"
          catalogue={catalogue}
          busy={created.loading}
          error={created.error}
          submitLabel="Add endpoint"
          onSubmit={(input) =>
            void create({ variables: input })
              .then((result) => {
                if (result.data)
                  setShown({
                    url: result.data.createWebhookEndpoint.endpoint.url,
                    secret: result.data.createWebhookEndpoint.signingSecret,
                  });
                setFormKey(formKey + 1);
                after();
              })
              .catch(() => undefined)
          }
        />
      ) : null}
    </>
  );
}
