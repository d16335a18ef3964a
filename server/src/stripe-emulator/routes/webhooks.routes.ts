import { randomBytes } from 'node:crypto';
import type { Core } from '../core.js';
import { listOf } from '../http/list.js';
import { mergeMetadata, optArr, optBool, optStr, reqStr, strings } from '../http/params.js';
import type { Route } from '../http/router.js';
import { missingParam, notFound } from '../http/stripe-error.js';
import { webhookEndpointObject } from '../objects/misc-objects.js';
import { newId } from '../state/ids.js';
import { found } from './lookup.js';

function endpoint(core: Core, id: string): ReturnType<typeof webhookEndpointObject> {
  return found(core.state.webhookEndpoints, id, 'webhook_endpoint').endpoint;
}

export const webhookRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/webhook_endpoints',
    handler: ({ core, params }) => {
      const enabledEvents = strings(optArr(params, 'enabled_events'));
      if (enabledEvents.length === 0) throw missingParam('enabled_events');
      const created = webhookEndpointObject({
        id: newId('we'),
        created: core.wallNow(),
        url: reqStr(params, 'url'),
        enabledEvents,
        description: optStr(params, 'description') ?? null,
        metadata: mergeMetadata({}, params),
      });
      const secret = `whsec_${randomBytes(24).toString('hex')}`;
      core.state.webhookEndpoints[created.id] = { endpoint: created, secret };
      // The secret is only ever shown in the create response, as on Stripe.
      return { ...created, secret };
    },
  },
  { method: 'GET', pattern: '/v1/webhook_endpoints/:id', handler: ({ core, path }) => endpoint(core, path.id) },
  {
    method: 'POST',
    pattern: '/v1/webhook_endpoints/:id',
    handler: ({ core, path, params }) => {
      const we = endpoint(core, path.id);
      const events = strings(optArr(params, 'enabled_events'));
      if (events.length > 0) we.enabled_events = events;
      we.url = optStr(params, 'url') ?? we.url;
      const disabled = optBool(params, 'disabled');
      if (disabled !== undefined) we.status = disabled ? 'disabled' : 'enabled';
      we.metadata = mergeMetadata(we.metadata, params);
      return we;
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/webhook_endpoints/:id',
    handler: ({ core, path }) => {
      endpoint(core, path.id);
      delete core.state.webhookEndpoints[path.id];
      return { id: path.id, object: 'webhook_endpoint', deleted: true };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/webhook_endpoints',
    handler: ({ core, params }) =>
      listOf(
        Object.values(core.state.webhookEndpoints)
          .map((w) => w.endpoint)
          .reverse(),
        params,
        '/v1/webhook_endpoints',
      ),
  },
  {
    method: 'GET',
    pattern: '/v1/events/:id',
    handler: ({ core, path }) => {
      const event = core.state.events.find((e) => e.id === path.id);
      if (!event) throw notFound('event', path.id);
      return event;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/events',
    handler: ({ core, params }) => {
      const type = optStr(params, 'type');
      const types = strings(optArr(params, 'types'));
      const matches = (t: string): boolean =>
        (type === undefined || (type.endsWith('*') ? t.startsWith(type.slice(0, -1)) : t === type)) &&
        (types.length === 0 || types.includes(t));
      return listOf(core.state.events.filter((e) => matches(e.type)).reverse(), params, '/v1/events');
    },
  },
];
