import type { MikroORM } from '@mikro-orm/postgresql';
import { access, type AccessSubject } from './access.js';
import { loadAccessSubject, type CachedSubject } from './access-subject.loader.js';
import { hashKey, parseKey } from '../keys/index.js';

export type VerifiedKey = CachedSubject & { access: ReturnType<typeof access> };

type CacheEntry = { subject: CachedSubject | null; expiresAt: number };

/** A cache entry to drop on every process: a key's, or all of a customer's keys. */
export type CacheInvalidation = { kind: 'key' | 'customer'; id: string };

const MAX_ENTRIES = 50_000;

/**
 * Turns a bearer token into who is calling and what they may do. Malformed keys and bad checksums
 * stop before any cache or database call. Lookups are cached for at most KEY_CACHE_TTL_MS (10 s),
 * so a change made on another process is seen within that time, or at once when KeyCacheBus
 * carries it over Redis; this process drops entries at once when it revokes, rotates or suspends.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, CacheEntry>();
  private broadcast: (message: CacheInvalidation) => void = () => undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly pepper: string,
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Null when the token is not a key we issued; callers answer 401 either way. */
  async verify(token: string): Promise<VerifiedKey | null> {
    if (!parseKey(token)) return null;
    const hash = hashKey(token, this.pepper);
    const subject = await this.lookup(hash);
    if (!subject) return null;
    return { ...subject, access: access({ ...subject.accessSubject, now: new Date(this.clock()) } satisfies AccessSubject) };
  }

  invalidateKey(keyId: string): void {
    this.applyInvalidation({ kind: 'key', id: keyId });
    this.broadcast({ kind: 'key', id: keyId });
  }

  invalidateCustomer(customerId: string): void {
    this.applyInvalidation({ kind: 'customer', id: customerId });
    this.broadcast({ kind: 'customer', id: customerId });
  }

  /** Drops entries here only: for invalidations made on another process (KeyCacheBus). */
  applyInvalidation(message: CacheInvalidation): void {
    for (const [hash, entry] of this.cache) {
      if ((message.kind === 'key' ? entry.subject?.keyId : entry.subject?.customerId) === message.id) this.cache.delete(hash);
    }
  }

  /** Where this process's invalidations go to reach the others. */
  onInvalidate(broadcast: (message: CacheInvalidation) => void): void {
    this.broadcast = broadcast;
  }

  private async lookup(hash: string): Promise<CachedSubject | null> {
    const nowMs = this.clock();
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > nowMs) return cached.subject;
    const subject = await loadAccessSubject(this.orm.em.fork(), hash);
    if (this.ttlMs > 0) {
      // Map keeps insertion order, so the first entries are the oldest ones to evict.
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value ?? '');
      this.cache.set(hash, { subject, expiresAt: nowMs + this.ttlMs });
    }
    return subject;
  }
}
