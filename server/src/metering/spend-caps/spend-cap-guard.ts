import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { type SpendCap, SpendCapMode, spendCapWindowAt } from '../../domain/keys/index.js';
import { now, runTyped, sqlBuilder } from '../../platform/db/index.js';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';

/** Credits one call committed against its key's cap; settlement gives back what it did not use. */
export type CapReservation = { apiKeyId: string; windowStart: Date; credits: number };

/** Told once per key and window when a soft cap is reached (the owner's mail and an admin alert). */
export type SpendCapNotice = {
  customerId: string;
  apiKeyId: string;
  cap: SpendCap;
  usedCredits: number;
  windowStart: Date;
  resetsAt: Date;
};
export type SpendCapListener = (notice: SpendCapNotice) => Promise<void>;

const WINDOW_WORDS = { day: 'UTC day', month: 'UTC month' } as const;

/**
 * Per-key spend caps in the reservation step. A call's estimate is added to the key's row for the
 * window in one INSERT … ON CONFLICT DO UPDATE whose update is conditional for hard caps: the
 * conflicting row is locked, so concurrent calls queue and each sees the total the previous one
 * left. Reservations therefore never pass a hard cap, and since a call is charged at most what it
 * reserved, neither do charges. Soft caps always pass and report the first crossing per window.
 */
export class SpendCapGuard {
  private listener: SpendCapListener = async () => undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  /** Where soft-cap crossings go; notifications wires its mail and admin alert in here. */
  onSoftCapReached(listener: SpendCapListener): void {
    this.listener = listener;
  }

  /** Null when the key has no cap; throws SPEND_CAP_REACHED (402) when a hard cap would be passed. */
  async reserve(
    customerId: string,
    apiKeyId: string,
    cap: SpendCap | null,
    credits: number,
    at = new Date(),
  ): Promise<CapReservation | null> {
    if (!cap || credits <= 0) return null;
    const window = spendCapWindowAt(cap.window, at);
    const hard = cap.mode === SpendCapMode.HARD;
    const db = sqlBuilder(this.orm.em);
    const rows =
      hard && credits > cap.credits
        ? []
        : await runTyped(
            this.orm,
            undefined,
            db
              .insertInto('spend_cap_usage')
              .values({ api_key_id: apiKeyId, window_start: window.start, used_credits: credits, updated_at: now() })
              .onConflict((oc) =>
                oc
                  .columns(['api_key_id', 'window_start'])
                  .doUpdateSet((eb) => ({ used_credits: eb('spend_cap_usage.used_credits', '+', credits), updated_at: now() }))
                  .where((eb) => (hard ? eb(eb('spend_cap_usage.used_credits', '+', credits), '<=', cap.credits) : eb.lit(true))),
              )
              .returning(['used_credits']),
          );
    const [row] = rows;
    if (!row) {
      const used = await this.usedCredits(apiKeyId, window.start);
      throw requestError(
        ErrorCode.SPEND_CAP_REACHED,
        `This key's hard spend cap of ${cap.credits} credits per ${WINDOW_WORDS[cap.window]} would be passed: ${used} are used or reserved and this call needs ${credits}. Nothing ran and nothing was charged. The cap resets at ${window.end.toISOString()}; to go on before then, an owner or developer raises or clears the cap on the portal's Keys page (setApiKeySpendCap, clearApiKeySpendCap).`,
        { capCredits: cap.credits, usedCredits: used, requestedCredits: credits, resetsAt: window.end.toISOString() },
      );
    }
    if (!hard && row.used_credits >= cap.credits) await this.noticeSoftCap(customerId, apiKeyId, cap, row.used_credits, window);
    return { apiKeyId, windowStart: window.start, credits };
  }

  /** Gives back the part of a reservation the call did not charge or hold. Failing only over-counts, so it is logged, not raised. */
  async release(reservation: CapReservation, usedCredits: number): Promise<void> {
    const unused = reservation.credits - Math.max(0, usedCredits);
    if (unused <= 0) return;
    const db = sqlBuilder(this.orm.em);
    await runTyped(
      this.orm,
      undefined,
      db
        .updateTable('spend_cap_usage')
        .set({ used_credits: sql<number>`greatest(0, used_credits - ${unused})`, updated_at: now() })
        .where('api_key_id', '=', reservation.apiKeyId)
        .where('window_start', '=', reservation.windowStart.toISOString()),
    ).catch((error: unknown) =>
      this.logger.warn({ err: error, reservation }, 'spend cap reservation not released; the window over-counts'),
    );
  }

  /** Credits used or reserved by a key in the window starting at `windowStart`. */
  async usedCredits(apiKeyId: string, windowStart: Date): Promise<number> {
    const db = sqlBuilder(this.orm.em);
    const [row] = await runTyped(
      this.orm,
      undefined,
      db
        .selectFrom('spend_cap_usage')
        .select('used_credits')
        .where('api_key_id', '=', apiKeyId)
        .where('window_start', '=', windowStart.toISOString()),
    );
    return row?.used_credits ?? 0;
  }

  private async noticeSoftCap(
    customerId: string,
    apiKeyId: string,
    cap: SpendCap,
    usedCredits: number,
    window: { start: Date; end: Date },
  ): Promise<void> {
    const db = sqlBuilder(this.orm.em);
    const claimed = await runTyped(
      this.orm,
      undefined,
      db
        .updateTable('spend_cap_usage')
        .set({ soft_notified_at: now() })
        .where('api_key_id', '=', apiKeyId)
        .where('window_start', '=', window.start.toISOString())
        .where('soft_notified_at', 'is', null)
        .returning('api_key_id'),
    );
    if (claimed.length === 0) return;
    // The call goes on whatever happens to the notice: a soft cap never refuses.
    await this.listener({ customerId, apiKeyId, cap, usedCredits, windowStart: window.start, resetsAt: window.end }).catch(
      (error: unknown) => this.logger.error({ err: error, apiKeyId }, 'soft spend cap notice failed'),
    );
  }
}
