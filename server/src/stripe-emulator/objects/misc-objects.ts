import type Stripe from 'stripe';

export function meterObject(input: {
  id: string;
  created: number;
  displayName: string;
  eventName: string;
  customerKey: string;
  valueKey: string;
}): Stripe.Billing.Meter {
  return {
    id: input.id,
    object: 'billing.meter',
    created: input.created,
    customer_mapping: { event_payload_key: input.customerKey, type: 'by_id' },
    default_aggregation: { formula: 'sum' },
    display_name: input.displayName,
    event_name: input.eventName,
    event_time_window: null,
    livemode: false,
    status: 'active',
    status_transitions: { deactivated_at: null },
    updated: input.created,
    value_settings: { event_payload_key: input.valueKey },
  };
}

export function meterEventObject(input: {
  created: number;
  eventName: string;
  identifier: string;
  payload: Record<string, string>;
  timestamp: number;
}): Stripe.Billing.MeterEvent {
  return {
    object: 'billing.meter_event',
    created: input.created,
    event_name: input.eventName,
    identifier: input.identifier,
    livemode: false,
    payload: input.payload,
    timestamp: input.timestamp,
  };
}

export function meterEventSummaryObject(input: {
  id: string;
  meter: string;
  start: number;
  end: number;
  value: number;
}): Stripe.Billing.MeterEventSummary {
  return {
    id: input.id,
    object: 'billing.meter_event_summary',
    aggregated_value: input.value,
    end_time: input.end,
    livemode: false,
    meter: input.meter,
    start_time: input.start,
  };
}

export function testClockObject(input: {
  id: string;
  created: number;
  frozenTime: number;
  name: string | null;
}): Stripe.TestHelpers.TestClock {
  return {
    id: input.id,
    object: 'test_helpers.test_clock',
    created: input.created,
    deletes_after: input.created + 30 * 24 * 60 * 60,
    frozen_time: input.frozenTime,
    livemode: false,
    name: input.name,
    status: 'ready',
    status_details: {},
  };
}

export function webhookEndpointObject(input: {
  id: string;
  created: number;
  url: string;
  enabledEvents: string[];
  description: string | null;
  metadata: Record<string, string>;
}): Stripe.WebhookEndpoint {
  return {
    id: input.id,
    object: 'webhook_endpoint',
    api_version: null,
    application: null,
    created: input.created,
    description: input.description,
    enabled_events: input.enabledEvents,
    livemode: false,
    metadata: input.metadata,
    status: 'enabled',
    url: input.url,
  };
}
