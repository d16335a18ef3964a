import { registerEnumType } from 'type-graphql';

/** The causes staff are alerted about (docs/notifications.md, "Admin alerts"). */
export enum AdminAlertKind {
  USAGE_SPIKE = 'usage_spike',
  PAYMENT_FAILED = 'payment_failed',
  METER_DRIFT = 'meter_drift',
  STRIPE_CIRCUIT_OPEN = 'stripe_circuit_open',
  WEBHOOK_ENDPOINT_FAILING = 'webhook_endpoint_failing',
  SPEND_CAP_REACHED = 'spend_cap_reached',
}

registerEnumType(AdminAlertKind, { name: 'AdminAlertKind' });
