import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { listOf, newestFirst } from '../http/list.js';
import { optInt, optObj, optStr, reqStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest } from '../http/stripe-error.js';
import { meterEventSummaryObject, meterObject } from '../objects/misc-objects.js';
import { newId } from '../state/ids.js';
import { found } from './lookup.js';
import { recordMeterEvent } from './meter-events.js';

const MAX_BUCKETS = 2_000;

function summaries(core: Core, meterId: string, params: Params): object {
  const meter = found(core.state.meters, meterId, 'billing.meter');
  const customer = reqStr(params, 'customer');
  const start = optInt(params, 'start_time');
  const end = optInt(params, 'end_time');
  if (start === undefined) throw invalidRequest('Missing required param: start_time.', 'start_time', 'parameter_missing');
  if (end === undefined) throw invalidRequest('Missing required param: end_time.', 'end_time', 'parameter_missing');
  const window = optStr(params, 'value_grouping_window');
  const size = window === 'hour' ? 3600 : window === 'day' ? 86_400 : end - start;
  if (size <= 0 || (end - start) / size > MAX_BUCKETS) throw invalidRequest('Invalid time range for event summaries.', 'end_time');
  const events = core.state.meterEvents.filter((e) => e.event.event_name === meter.event_name && e.customer === customer);
  const buckets = [];
  for (let from = start - (window ? start % size : 0); from < end; from += size) {
    const to = Math.min(from + size, end);
    const value = events.filter((e) => e.event.timestamp >= from && e.event.timestamp < to).reduce((sum, e) => sum + e.value, 0);
    buckets.push(
      meterEventSummaryObject({
        id: `mtrusg_${meter.id.slice(4)}_${customer.slice(4)}_${from}`,
        meter: meter.id,
        start: from,
        end: to,
        value,
      }),
    );
  }
  return listOf(buckets, params, `/v1/billing/meters/${meter.id}/event_summaries`);
}

function setStatus(core: Core, id: string, active: boolean): object {
  const meter = found(core.state.meters, id, 'billing.meter');
  meter.status = active ? 'active' : 'inactive';
  meter.status_transitions = { deactivated_at: active ? null : core.wallNow() };
  meter.updated = core.wallNow();
  core.emit(active ? 'billing.meter.reactivated' : 'billing.meter.deactivated', meter);
  return meter;
}

export const meterRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/billing/meters',
    handler: ({ core, params }) => {
      const eventName = reqStr(params, 'event_name');
      if (Object.values(core.state.meters).some((m) => m.event_name === eventName && m.status === 'active')) {
        throw invalidRequest(`An active meter with event_name ${eventName} already exists.`, 'event_name');
      }
      const formula = optStr(optObj(params, 'default_aggregation') ?? {}, 'formula') ?? 'sum';
      if (formula !== 'sum')
        throw invalidRequest('The emulator supports default_aggregation[formula]=sum only.', 'default_aggregation[formula]');
      const meter = meterObject({
        id: newId('mtr_test', 32),
        created: core.wallNow(),
        displayName: reqStr(params, 'display_name'),
        eventName,
        customerKey: optStr(optObj(params, 'customer_mapping') ?? {}, 'event_payload_key') ?? 'stripe_customer_id',
        valueKey: optStr(optObj(params, 'value_settings') ?? {}, 'event_payload_key') ?? 'value',
      });
      core.state.meters[meter.id] = meter;
      core.emit('billing.meter.created', meter);
      return meter;
    },
  },
  { method: 'GET', pattern: '/v1/billing/meters/:id', handler: ({ core, path }) => found(core.state.meters, path.id, 'billing.meter') },
  {
    method: 'POST',
    pattern: '/v1/billing/meters/:id',
    handler: ({ core, path, params }) => {
      const meter = found(core.state.meters, path.id, 'billing.meter');
      const previous = { display_name: meter.display_name };
      meter.display_name = optStr(params, 'display_name') ?? meter.display_name;
      meter.updated = core.wallNow();
      core.emit('billing.meter.updated', meter, previous);
      return meter;
    },
  },
  { method: 'POST', pattern: '/v1/billing/meters/:id/deactivate', handler: ({ core, path }) => setStatus(core, path.id, false) },
  { method: 'POST', pattern: '/v1/billing/meters/:id/reactivate', handler: ({ core, path }) => setStatus(core, path.id, true) },
  {
    method: 'GET',
    pattern: '/v1/billing/meters',
    handler: ({ core, params }) => {
      const status = optStr(params, 'status');
      return listOf(
        newestFirst(Object.values(core.state.meters)).filter((m) => status === undefined || m.status === status),
        params,
        '/v1/billing/meters',
      );
    },
  },
  {
    method: 'GET',
    pattern: '/v1/billing/meters/:id/event_summaries',
    handler: ({ core, path, params }) => summaries(core, path.id, params),
  },
  { method: 'POST', pattern: '/v1/billing/meter_events', handler: ({ core, params }) => recordMeterEvent(core, params).event },
  {
    method: 'POST',
    pattern: '/v2/billing/meter_events',
    handler: ({ core, params }) => {
      const { event } = recordMeterEvent(core, params);
      return {
        object: 'v2.billing.meter_event',
        created: new Date(event.created * 1000).toISOString(),
        event_name: event.event_name,
        identifier: event.identifier,
        livemode: false,
        payload: event.payload,
        timestamp: new Date(event.timestamp * 1000).toISOString(),
      };
    },
  },
];
