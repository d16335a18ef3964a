import { runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';
import { NoticeScan, type NoticeScanOptions } from './notice-scan.js';

/** Customers hear of an expiring key this long before it stops working. */
export const KEY_EXPIRY_NOTICE_MS = 7 * 86_400_000;
export type KeyExpiryOptions = NoticeScanOptions;

/**
 * `key.expiring` for every live key that expires within 7 days. The cause key names the key and
 * its expiry, so each scan (in every worker process) records a key once, and a key whose expiry
 * is moved is announced again for the new date.
 */
export class KeyExpiryNotices extends NoticeScan {
  constructor(options: KeyExpiryOptions) {
    super(options, 'key expiry scan failed');
  }

  /** Records the events of keys now inside the notice window; answers how many were new. */
  async scan(): Promise<number> {
    const now = this.now();
    const em = this.options.orm.em.fork();
    const keys = await runInTransactionOf(
      em,
      sqlBuilder(em)
        .selectFrom('api_key')
        .select(['id', 'customer_id', 'name', 'expires_at'])
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .where('expires_at', '<=', new Date(now.getTime() + KEY_EXPIRY_NOTICE_MS).toISOString()),
    );
    let recorded = 0;
    for (const key of keys) {
      if (!key.expires_at) continue;
      const expiresAt = new Date(key.expires_at);
      const event = await this.options.emit(em, {
        customerId: key.customer_id,
        type: 'key.expiring',
        causeKey: `key.expiring:${key.id}:${expiresAt.toISOString()}`,
        data: {
          keyId: key.id,
          name: key.name,
          expiresAt: expiresAt.toISOString(),
          daysLeft: Math.floor((expiresAt.getTime() - now.getTime()) / 86_400_000),
        },
      });
      if (event) recorded += 1;
    }
    return recorded;
  }
}
