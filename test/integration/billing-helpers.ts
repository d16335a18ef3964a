import { randomUUID } from 'node:crypto';
import type { StripeEmulator } from '../../server/src/stripe-emulator/index.js';
import type { TestApp } from '../support/test-app.js';
import { sql } from './credits-helpers.js';

/** The in-process emulator of a test app (started because STRIPE_SECRET_KEY is unset). */
export function emulatorOf(app: TestApp): StripeEmulator {
  if (!app.stripeEmulator) throw new Error('the test app runs without the Stripe emulator');
  return app.stripeEmulator;
}

/** Pays a hosted Checkout page the way a browser posts its form; returns the HTTP status. */
export async function payCheckout(url: string, card = '4242 4242 4242 4242'): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      card_number: card,
      exp: '12/34',
      cvc: '123',
      email: `payer-${randomUUID().slice(0, 8)}@example.test`,
    }).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Waits until every webhook the emulator owes has been delivered and the inbox worker has applied it. */
export async function settle(app: TestApp): Promise<void> {
  await emulatorOf(app).idle();
  app.services.billing.worker.nudge();
  await app.services.billing.worker.settled();
  // Generous: on a loaded machine, or a database other test files share, the inbox may lag by seconds.
  // Only this app's events count: a closed app's leftovers in a shared database are never applied.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const pending = await app.services.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from stripe_event where status = 'pending' and next_attempt_at <= now() and source is not distinct from ?`,
        [app.services.billing.inbox.source],
      );
    if (Number(pending[0].n) === 0) return;
    if (Date.now() > deadline) throw new Error('stripe events still pending after 30 s');
    app.services.billing.worker.nudge();
    await app.services.billing.worker.settled();
  }
}

/** Polls with a deadline; never a blind sleep. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await read();
  }
  return last;
}

/**
 * Overage used in the hour that is still open (the hourly flush leaves it alone), recorded as the
 * request pipeline records it: usage events of the customer's open credit period.
 */
export async function overageThisHour(app: TestApp, customerId: string, periodStart: Date, credits: number[]): Promise<void> {
  const [key] = await sql<{ id: string }>(app, 'select id from api_key where customer_id = ? limit 1', [customerId]);
  for (const value of credits) {
    await sql(
      app,
      `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
       values (?, ?, ?, ?, 'runSimulation', ?, ?, ?, ?, 'ok', 5, now(), 'pending')`,
      [randomUUID(), customerId, key.id, periodStart, value, value, value, value],
    );
  }
}
