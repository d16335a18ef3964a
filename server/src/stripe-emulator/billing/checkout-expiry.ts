import type Stripe from 'stripe';
import type { Core } from '../core.js';

/** Stripe's bounds on a Checkout session's `expires_at`, in seconds after its creation. */
export const CHECKOUT_MIN_LIFETIME_SECONDS = 30 * 60;
export const CHECKOUT_MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * Ends an open session, as Stripe does at `expires_at` or on `/expire`: it can no longer be paid,
 * its URL is gone (the field is "only present when the session is active") and
 * `checkout.session.expired` goes out.
 */
export function expireSession(core: Core, session: Stripe.Checkout.Session): void {
  session.status = 'expired';
  session.url = null;
  core.emit('checkout.session.expired', session);
}

/** The open sessions whose customer is on `clockId` (or on no clock when it is null). */
export function openSessionsOn(core: Core, clockId: string | null): Stripe.Checkout.Session[] {
  return Object.values(core.state.checkoutSessions).filter((session) => {
    if (session.status !== 'open') return false;
    const customerId = typeof session.customer === 'string' ? session.customer : null;
    const clock = customerId ? core.state.customers[customerId]?.test_clock : null;
    return (typeof clock === 'string' ? clock : null) === clockId;
  });
}

/**
 * Expires the sessions past `expires_at` on the wall clock, oldest first. Sessions of customers on
 * a test clock expire only as their clock advances (`advanceClock`), as on Stripe.
 */
export function expireDueSessions(core: Core): number {
  const now = core.wallNow();
  const due = openSessionsOn(core, null)
    .filter((session) => session.expires_at <= now)
    .sort((a, b) => a.expires_at - b.expires_at);
  for (const session of due) expireSession(core, session);
  return due.length;
}
