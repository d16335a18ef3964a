import type { EventRecord } from './event-record.js';
import { signatureHeader } from './signature.js';

export type DeliveryTarget = { key: string; url: string; secret: string };
export type DispatcherLogger = { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

type Job = { target: DeliveryTarget; event: EventRecord };

const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Delivers events asynchronously, in order per endpoint, retrying non-2xx and network errors on
 * a bounded schedule; the API response never waits for it.
 */
export class WebhookDispatcher {
  private readonly queues = new Map<string, Job[]>();
  private readonly running = new Set<string>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly closing = new AbortController();

  constructor(
    private readonly retryDelaysMs: readonly number[],
    private readonly shouldDrop: () => boolean,
    private readonly logger: DispatcherLogger,
  ) {}

  enqueue(target: DeliveryTarget, event: EventRecord): void {
    if (this.closing.signal.aborted) return;
    // Decided when the event happens (not when it is sent) so tests can drop a precise delivery.
    if (this.shouldDrop()) {
      this.logger.info({ event: event.id, url: target.url }, 'webhook delivery dropped by fault switch');
      return;
    }
    const queue = this.queues.get(target.key) ?? [];
    queue.push({ target, event });
    this.queues.set(target.key, queue);
    if (!this.running.has(target.key)) void this.drain(target.key);
  }

  idle(): Promise<void> {
    if (this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closing.abort();
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    const queue = this.queues.get(key) ?? [];
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (this.closing.signal.aborted) break;
      await this.deliver(job);
    }
    this.queues.delete(key);
    this.running.delete(key);
    if (this.running.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private async deliver({ target, event }: Job): Promise<void> {
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 0; attempt <= this.retryDelaysMs.length; attempt += 1) {
      if (attempt > 0 && !(await this.wait(this.retryDelaysMs[attempt - 1]))) return;
      const outcome = await this.attempt(target, payload);
      if (outcome === 'ok') return;
      this.logger.warn({ event: event.id, type: event.type, url: target.url, attempt: attempt + 1, outcome }, 'webhook delivery failed');
    }
    this.logger.warn({ event: event.id, url: target.url }, 'webhook delivery gave up');
  }

  private async attempt(target: DeliveryTarget, payload: string): Promise<string> {
    // Signed with the wall clock: receivers check the tolerance against their own real clock.
    const header = signatureHeader(payload, target.secret, Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': header,
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      await response.arrayBuffer();
      return response.ok ? 'ok' : `status ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : 'network error';
    }
  }

  /** Resolves false when the emulator closes during the wait, so deliveries stop at once. */
  private wait(ms: number): Promise<boolean> {
    const signal = this.closing.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
