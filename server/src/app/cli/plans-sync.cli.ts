import 'reflect-metadata';
import { loadConfig } from '../../platform/config/index.js';
import { openDatabase } from '../db/database.js';
import { seedPlans } from '../../domain/plans/index.js';
import { StripeGateway, syncPlans } from '../../billing/index.js';

/**
 * `npm run plans:sync`: creates the Stripe products, prices and meter for the plans in the
 * database. With STRIPE_SECRET_KEY it talks to Stripe; without, to the emulator on
 * STRIPE_EMULATOR_PORT (the app also runs this at start against its in-process emulator).
 */
const config = loadConfig();
const gateway = new StripeGateway(
  config.STRIPE_SECRET_KEY
    ? { secretKey: config.STRIPE_SECRET_KEY }
    : { secretKey: 'sk_test_emulator', host: '127.0.0.1', port: config.STRIPE_EMULATOR_PORT, protocol: 'http' },
);
const database = await openDatabase(config, { migrate: true });
try {
  const em = database.orm.em.fork();
  await seedPlans(em);
  const result = await syncPlans(em, gateway);
  process.stdout.write(
    `plans:sync: ${result.plans} plans, meter ${result.meterId}, created ${result.created.length} Stripe objects${result.created.length ? `: ${result.created.join(', ')}` : ''}\n`,
  );
} finally {
  await database.close();
}
