import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config/index.js';
import { StripeGateway, advanceCustomerClock } from '../../billing/index.js';

/**
 * `npm run stripe:advance -- --customer <cus_…|email|Carlo id> --to <+30d|2027-01-15>`: moves the
 * customer's test clock, so that renewals, dunning and cancellations can be rehearsed. It talks to
 * Stripe with STRIPE_SECRET_KEY (a test key) or to the running app's emulator on STRIPE_EMULATOR_PORT.
 */
const { values } = parseArgs({ options: { customer: { type: 'string' }, to: { type: 'string' } } });
if (!values.customer || !values.to) {
  process.stderr.write('Usage: npm run stripe:advance -- --customer <cus_…|email|Carlo customer id> --to <+30d|+12h|2027-01-15>\n');
  process.exit(2);
}
const config = loadConfig();
if (config.STRIPE_SECRET_KEY?.startsWith('sk_live_')) {
  process.stderr.write('stripe:advance moves test clocks: STRIPE_SECRET_KEY is a live key.\n');
  process.exit(2);
}
const gateway = new StripeGateway(
  config.STRIPE_SECRET_KEY
    ? { secretKey: config.STRIPE_SECRET_KEY }
    : { secretKey: 'sk_test_emulator', host: '127.0.0.1', port: config.STRIPE_EMULATOR_PORT, protocol: 'http' },
);
try {
  const moved = await advanceCustomerClock(gateway.stripe, values.customer, values.to);
  const at = (seconds: number) => new Date(seconds * 1000).toISOString();
  process.stdout.write(`stripe:advance: ${moved.customerId} on ${moved.clockId} moved from ${at(moved.from)} to ${at(moved.to)}\n`);
  for (const event of moved.events) process.stdout.write(`  ${event.id} ${event.type}\n`);
} catch (error) {
  process.stderr.write(`stripe:advance: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  gateway.shutdown();
}
