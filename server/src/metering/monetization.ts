import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CreditRateLimiter } from './rate-limits/credit-rate-limiter.js';
import { FieldRateLimiter } from './rate-limits/field-rate-limiter.js';
import { CreditLedgerService } from './credits/credit-ledger.service.js';
import { CreditSweeper } from './credits/credit-sweeper.js';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { SpendCapGuard } from './spend-caps/spend-cap-guard.js';
import { UsageRollup } from './usage/usage-rollup.js';
import { UsageWriter } from './usage/usage-writer.js';

/** The long-lived parts of pricing and metering, registered as one entry of Services. */
export type Monetization = {
  credits: CreditLedgerService;
  usageWriter: UsageWriter;
  rateLimiter: CreditRateLimiter;
  fieldRateLimiter: FieldRateLimiter;
  idempotency: IdempotencyService;
  spendCaps: SpendCapGuard;
  sweeper: CreditSweeper;
  rollup: UsageRollup;
};

export function createMonetization(orm: MikroORM, redis: Redis | null, logger: Logger): Monetization {
  return {
    credits: new CreditLedgerService(orm),
    usageWriter: new UsageWriter(orm, logger),
    rateLimiter: new CreditRateLimiter(redis, logger),
    fieldRateLimiter: new FieldRateLimiter(),
    idempotency: new IdempotencyService(orm),
    spendCaps: new SpendCapGuard(orm, logger),
    sweeper: new CreditSweeper(orm, logger),
    rollup: new UsageRollup(orm, logger),
  };
}
