import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { optObj, optStr, reqStr } from '../http/params.js';
import { invalidRequest, missingParam, StripeApiError } from '../http/stripe-error.js';
import { meterEventObject } from '../objects/misc-objects.js';
import { newId } from '../state/ids.js';
import type { StoredMeterEvent } from '../state/state.js';

const DEDUP_WINDOW_SECONDS = 24 * 60 * 60;
const MAX_AGE_SECONDS = 35 * 24 * 60 * 60;
const MAX_AHEAD_SECONDS = 5 * 60;

/**
 * Validates and stores one meter event (v1 form or v2 JSON). Identifiers are unique for 24 h
 * (a repeat is refused with 400, like Stripe); timestamps must lie within the past 35 days and at
 * most 5 minutes ahead of the customer's clock (its test clock when it has one).
 */
export function recordMeterEvent(core: Core, params: Params): StoredMeterEvent {
  const eventName = reqStr(params, 'event_name');
  const meter = Object.values(core.state.meters).find((m) => m.event_name === eventName && m.status === 'active');
  const customerKey = meter?.customer_mapping.event_payload_key ?? 'stripe_customer_id';
  const valueKey = meter?.value_settings.event_payload_key ?? 'value';
  const payload = optObj(params, 'payload');
  if (!payload) throw missingParam('payload');
  const customer = optStr(payload, customerKey);
  if (!customer) throw missingParam(`payload[${customerKey}]`);
  const rawValue = optStr(payload, valueKey);
  const value = Number(rawValue);
  if (rawValue === undefined || rawValue === '' || !Number.isFinite(value))
    throw invalidRequest(`payload[${valueKey}] must be a number.`, `payload[${valueKey}]`);
  const now = core.nowFor(core.state.customers[customer] ? customer : null);
  const timestamp = parseTimestamp(params.timestamp) ?? now;
  if (timestamp < now - MAX_AGE_SECONDS) throw invalidRequest('Timestamp must be within the past 35 days.', 'timestamp');
  if (timestamp > now + MAX_AHEAD_SECONDS) throw invalidRequest('Timestamp must not be more than 5 minutes in the future.', 'timestamp');
  const wallNow = core.wallNow();
  const identifier = optStr(params, 'identifier') ?? newId('mev', 20);
  const duplicate = core.state.meterEvents.some(
    (e) => e.event.identifier === identifier && wallNow - e.event.created < DEDUP_WINDOW_SECONDS,
  );
  if (duplicate)
    throw new StripeApiError(400, 'invalid_request_error', `An event already exists with identifier ${identifier}.`, {
      param: 'identifier',
    });
  const stringPayload = Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)]));
  const stored: StoredMeterEvent = {
    event: meterEventObject({ created: wallNow, eventName, identifier, payload: stringPayload, timestamp }),
    customer,
    value,
  };
  core.state.meterEvents.push(stored);
  pruneOld(core, wallNow);
  return stored;
}

/** v1 sends unix seconds as a string, v2 an ISO-8601 string. */
function parseTimestamp(raw: Params[string] | undefined): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'number') return Math.floor(raw);
  if (typeof raw !== 'string') throw invalidRequest('Invalid timestamp.', 'timestamp');
  const seconds = /^\d+$/.test(raw) ? Number(raw) : Math.floor(Date.parse(raw) / 1000);
  if (!Number.isFinite(seconds)) throw invalidRequest(`Invalid timestamp: ${raw}`, 'timestamp');
  return seconds;
}

/** Keeps memory bounded: events older than the 35-day window cannot be billed or summarised. */
function pruneOld(core: Core, wallNow: number): void {
  const first = core.state.meterEvents[0];
  if (first && wallNow - first.event.created > 3 * MAX_AGE_SECONDS) {
    core.state.meterEvents = core.state.meterEvents.filter((e) => wallNow - e.event.created <= 3 * MAX_AGE_SECONDS);
  }
}
