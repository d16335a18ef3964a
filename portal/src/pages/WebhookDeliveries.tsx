import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { moment } from '../format';
import { Empty, ErrorMessage, Loading } from '../ui/State';
import { ResendWebhookDeliveryDocument, WebhookDeliveriesDocument } from './webhooks.graphql';

const STATUSES = ['pending', 'sending', 'succeeded', 'failed'];
const PER_PAGE = 10;
/** The log refreshes itself while it is open, so a test event or a retry shows up without a reload. */
const REFRESH_MS = 2000;

/** One endpoint's deliveries, newest first, filtered by status and event type, a page at a time; each can be sent again. */
export function WebhookDeliveries({ endpointId, url, catalogue }: { endpointId: string; url: string; catalogue: string[] }) {
  const [status, setStatus] = useState('');
  const [eventType, setEventType] = useState('');
  const [page, setPage] = useState(1);
  const variables = { endpointId, status: status || null, eventType: eventType || null, page, perPage: PER_PAGE };
  const { data, error, loading, refetch } = useQuery(WebhookDeliveriesDocument, { variables, pollInterval: REFRESH_MS });
  const [resend, resent] = useMutation(ResendWebhookDeliveryDocument);
  const log = data?.webhookDeliveries;
  const pages = log ? Math.max(1, Math.ceil(log.totalCount / PER_PAGE)) : 1;
  return (
    <section className="stack wide" aria-label={`Deliveries to ${url}`}>
      <h3>Deliveries</h3>
      <div className="row">
        <label>
          Status{' '}
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
              setPage(1);
            }}
          >
            <option value="">any</option>
            {STATUSES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Event{' '}
          <select
            value={eventType}
            onChange={(event) => {
              setEventType(event.target.value);
              setPage(1);
            }}
          >
            <option value="">any</option>
            {['webhook.test', ...catalogue].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </div>
      {resent.error ? <ErrorMessage error={resent.error} /> : null}
      {error ? <ErrorMessage error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <Loading what="the deliveries" /> : null}
      {log && log.items.length === 0 ? <Empty>No deliveries match. Send a test event to see one here.</Empty> : null}
      {log && log.items.length > 0 ? (
        <ul className="deliveries">
          {log.items.map((delivery) => (
            <li key={delivery.id} className="card" aria-label={`${delivery.eventType} ${delivery.status}`}>
              <p>
                <code>{delivery.eventType}</code> <strong className={`status-${delivery.status}`}>{delivery.status}</strong>
              </p>
              <dl>
                <dt>Event id</dt>
                <dd>
                  <code>{delivery.eventId}</code>
                </dd>
                <dt>Attempts</dt>
                <dd>{delivery.attempts}</dd>
                <dt>Answer</dt>
                <dd>
                  {delivery.lastStatusCode === null || delivery.lastStatusCode === undefined
                    ? (delivery.lastError ?? '—')
                    : `HTTP ${delivery.lastStatusCode}`}
                  {delivery.lastLatencyMs === null || delivery.lastLatencyMs === undefined ? '' : ` in ${delivery.lastLatencyMs} ms`}
                </dd>
                <dt>Last attempt</dt>
                <dd>{moment(delivery.lastAttemptAt)}</dd>
                <dt>Next attempt</dt>
                <dd>{moment(delivery.nextAttemptAt)}</dd>
              </dl>
              {delivery.responseExcerpt ? (
                <details>
                  <summary>Response</summary>
                  <pre>{delivery.responseExcerpt}</pre>
                </details>
              ) : null}
              <button
                type="button"
                className="secondary"
                disabled={resent.loading}
                onClick={() =>
                  void resend({ variables: { id: delivery.id } })
                    .then(() => refetch())
                    .catch(() => undefined)
                }
              >
                Resend
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {log && pages > 1 ? (
        <nav className="row" aria-label="Delivery pages">
          <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Newer
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Older
          </button>
        </nav>
      ) : null}
    </section>
  );
}
