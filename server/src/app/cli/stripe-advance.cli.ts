import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { advanceCustomerClock } from '../../billing/index.js';
import { rehearse } from './rehearsal-stripe.js';

/**
 * `npm run stripe:advance -- --customer <cus_…|email|Carlo id> --to <+30d|2027-01-15>`: moves the
 * customer's test clock, so that renewals, dunning and cancellations can be rehearsed. It talks to
 * Stripe with STRIPE_SECRET_KEY (a test key) or to the running app's emulator on STRIPE_EMULATOR_PORT.
 */
const { values } = parseArgs({ options: { customer: { type: 'string' }, to: { type: 'string' } } });
const { customer, to } = values;
if (!customer || !to) {
  process.stderr.write('Usage: npm run stripe:advance -- --customer <cus_…|email|Carlo customer id> --to <+30d|+12h|2027-01-15>\n');
  process.exit(2);
}
await rehearse('stripe:advance', async (stripe) => {
  const moved = await advanceCustomerClock(stripe, customer, to);
  const at = (seconds: number) => new Date(seconds * 1000).toISOString();
  process.stdout.write(`stripe:advance: ${moved.customerId} on ${moved.clockId} moved from ${at(moved.from)} to ${at(moved.to)}\n`);
  for (const event of moved.events) process.stdout.write(`  ${event.id} ${event.type}\n`);
});
