import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ApiKeyVerifier, CacheInvalidation } from './api-key-verifier.js';

const CHANNEL = 'carlo:key-cache';

function isInvalidation(value: unknown): value is CacheInvalidation {
  if (typeof value !== 'object' || value === null || !('kind' in value) || !('id' in value)) return false;
  return (value.kind === 'key' || value.kind === 'customer') && typeof value.id === 'string';
}

/**
 * Carries key-cache invalidations (revoke, rotate, suspend, plan change) to every API process
 * through Redis pub/sub, so a change made on one process applies on the others at once instead of
 * after the cache's TTL. Without Redis, or while it fails, the TTL alone bounds staleness.
 */
export class KeyCacheBus {
  private subscriber: Redis | null = null;

  constructor(
    private readonly redis: Redis | null,
    private readonly verifier: ApiKeyVerifier,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const redis = this.redis;
    if (!redis) return;
    this.verifier.onInvalidate((message) => {
      redis
        .publish(CHANNEL, JSON.stringify(message))
        .catch((error: unknown) =>
          this.logger.warn({ err: error }, 'key cache invalidation not published; other processes see the change within the cache TTL'),
        );
    });
    const subscriber = redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, text: string) => {
      try {
        const message: unknown = JSON.parse(text);
        if (isInvalidation(message)) this.verifier.applyInvalidation(message);
      } catch {
        // A message that is not ours is ignored; the TTL still bounds staleness.
      }
    });
    subscriber
      .subscribe(CHANNEL)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'key cache invalidations from other processes are not received; the cache TTL bounds staleness'),
      );
  }

  stop(): void {
    this.subscriber?.disconnect();
    this.subscriber = null;
  }
}
