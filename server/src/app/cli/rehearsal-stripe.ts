import type Stripe from 'stripe';
import { loadConfig } from '../../platform/config/index.js';
import { StripeGateway } from '../../billing/index.js';

/**
 * Runs a rehearsal command (stripe:advance, stripe:trigger) against Stripe with STRIPE_SECRET_KEY
 * (a test key: a live key is refused) or the running app's emulator on STRIPE_EMULATOR_PORT;
 * failures print as one line prefixed with the command and set exit code 1.
 */
export async function rehearse(command: string, work: (stripe: Stripe) => Promise<void>): Promise<void> {
  const config = loadConfig();
  if (config.STRIPE_SECRET_KEY?.startsWith('sk_live_')) {
    process.stderr.write(`${command} is for rehearsals on test clocks: STRIPE_SECRET_KEY is a live key.\n`);
    process.exit(2);
  }
  const gateway = new StripeGateway(
    config.STRIPE_SECRET_KEY
      ? { secretKey: config.STRIPE_SECRET_KEY }
      : { secretKey: 'sk_test_emulator', host: '127.0.0.1', port: config.STRIPE_EMULATOR_PORT, protocol: 'http' },
  );
  try {
    await work(gateway.stripe);
  } catch (error) {
    process.stderr.write(`${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    gateway.shutdown();
  }
}
