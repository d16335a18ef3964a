/** The events a customer can subscribe a webhook endpoint to; docs/notifications.md lists their payloads. */
export const WEBHOOK_EVENT_TYPES = [
  'simulation.completed',
  'simulation.failed',
  'credits.threshold_reached',
  'credits.exhausted',
  'invoice.created',
  'invoice.paid',
  'invoice.payment_failed',
  'subscription.updated',
  'subscription.payment_reminder',
  'key.expiring',
  'key.revoked',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(name: string): name is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(name);
}
