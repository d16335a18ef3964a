import { isIP } from 'node:net';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional());
const optionalSecret = z.preprocess((value) => (value === '' ? undefined : value), z.string().min(16).optional());

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may set X-Forwarded-For: none by default, a hop count, or the proxies' addresses
 * and CIDR ranges. Trusting any peer would let every client choose the address that throttles
 * and the audit log see.
 */
const trustProxy = z
  .string()
  .default('')
  .transform((value, context): false | number | string[] => {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const entries = trimmed
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.every(isAddressOrRange)) return entries;
    context.addIssue({
      code: 'custom',
      message: 'use a proxy hop count (1) or comma-separated proxy addresses and CIDR ranges (10.0.0.0/8); "true" is refused',
    });
    return z.NEVER;
  });

/** Every environment variable the server reads, with its default; `.env.example` documents each one. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: optionalUrl,
  TRUST_PROXY: trustProxy,
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_KEY_PEPPER: optionalSecret,
  SESSION_SECRET: optionalSecret,
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).max(10_000).default(10_000),
  KEY_ROTATION_GRACE_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  STRIPE_SECRET_KEY: optionalSecret,
  STRIPE_WEBHOOK_SECRET: optionalSecret,
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  /**
   * per_customer puts every new Stripe customer on its own test clock, so renewals, dunning and
   * cancellations can be rehearsed with `npm run stripe:advance`. Defaults to per_customer in
   * development and off elsewhere; production refuses it.
   */
  STRIPE_TEST_CLOCKS: z.preprocess((value) => (value === '' ? undefined : value), z.enum(['per_customer', 'off']).optional()),
  /** Older webhook signing secrets still accepted during a rotation, comma-separated. */
  STRIPE_WEBHOOK_SECRETS_PREVIOUS: z.string().optional(),
  /** How often overage is aggregated into the meter outbox and sent to Stripe. */
  METER_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** signUp calls allowed per client address per hour. */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Apply webhook events and flush the meter outbox in this process (false when billing workers run apart). */
  BILLING_WORKER: booleanFlag.default(true),
  RUN_WORKER: booleanFlag.default(true),
  /** Make webhook deliveries and run the admin-alert detectors in this process (false when `npm run worker` does). */
  NOTIFICATIONS_WORKER: booleanFlag.default(true),
  /**
   * Webhook attempts one process starts per second at most (0: as fast as receivers answer). The
   * budget keeps a draining backlog from taking the CPU that API requests on the same machine need.
   */
  WEBHOOK_DELIVERIES_PER_SECOND: z.coerce.number().int().min(0).max(100_000).default(200),
  SIMULATION_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  /** Defaults to true, except in production, which never seeds demo data. */
  SEED_DEMO: z.preprocess((value) => (value === '' ? undefined : value), booleanFlag.optional()),
  /** off serves GraphQL without pricing, limits and metering (benchmark baseline only). */
  MONETIZATION: z.enum(['on', 'off']).default('on'),
  /** Outgoing mail server (smtp://user:pass@host:587 or smtps://…); empty runs a local sink outside production. */
  SMTP_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  /** Sender of Carlo's mail. */
  MAIL_FROM: z.string().min(3).default('Carlo <no-reply@carlo.local>'),
  /** Port of the development mail sink when SMTP_URL is empty; 0 picks a free one. */
  SMTP_SINK_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** The per-request maximum of the static cost, in credits: above it, COST_LIMIT_EXCEEDED. */
  MAX_REQUEST_CREDITS: z.coerce.number().int().min(1).default(5000),
  /** What an hour of simulation run time costs us, in cents: the compute cost of the revenue report's gross margin. */
  COMPUTE_COST_CENTS_PER_HOUR: z.coerce.number().int().min(0).default(10),
});

export type Config = Omit<z.infer<typeof configSchema>, 'SEED_DEMO' | 'STRIPE_TEST_CLOCKS'> & {
  SEED_DEMO: boolean;
  STRIPE_TEST_CLOCKS: 'per_customer' | 'off';
};

/** Secrets that Carlo's own HMACs key on: production needs 32 bytes or more of each. */
const OWN_SECRETS = ['API_KEY_PEPPER', 'SESSION_SECRET'] as const;
const MIN_SECRET_BYTES = 32;

export class ConfigError extends Error {}

/** Parses the environment once at start; a bad value stops the process with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  const development = parsed.data.NODE_ENV === 'development';
  const config: Config = {
    ...parsed.data,
    SEED_DEMO: parsed.data.SEED_DEMO ?? !production,
    STRIPE_TEST_CLOCKS: parsed.data.STRIPE_TEST_CLOCKS ?? (development ? 'per_customer' : 'off'),
  };
  if (production) {
    // The Stripe emulator is for development and tests: production bills through Stripe itself.
    const required = ['DATABASE_URL', 'API_KEY_PEPPER', 'SESSION_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const;
    const missing = required.filter((name) => !config[name]);
    if (missing.length > 0) throw new ConfigError(`Production needs ${missing.join(', ')} to be set.`);
    const short = OWN_SECRETS.filter((name) => Buffer.byteLength(config[name] ?? '') < MIN_SECRET_BYTES);
    if (short.length > 0)
      throw new ConfigError(`Production needs ${short.join(', ')} of at least ${MIN_SECRET_BYTES} bytes: use \`openssl rand -base64 32\`.`);
    if (config.SEED_DEMO) throw new ConfigError('SEED_DEMO=true is for development: production never seeds a demo customer.');
    if (config.STRIPE_TEST_CLOCKS !== 'off')
      throw new ConfigError(
        'STRIPE_TEST_CLOCKS=per_customer is for development and tests: set it to off (or leave it empty) in production.',
      );
  }
  return config;
}
