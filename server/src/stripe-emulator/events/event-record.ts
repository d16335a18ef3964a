/** Any Stripe object as stored and sent: an `object` tag plus its fields. */
export type StripeObject = { object: string; id?: string | null };

/**
 * The wire shape of a v1 event (Stripe.Event is a union over every event type; the emulator
 * builds events generically, so it uses this structural twin of the same fields).
 */
export type EventRecord = {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};
