import type { Logger } from 'pino';
import { AccessLevel, type KeyPrincipal } from '../../domain/access/index.js';
import { ErrorCode, requestError } from '../../platform/graphql/index.js';
import type { CreditLedgerService } from '../credits/credit-ledger.service.js';
import type { SpendCapGuard } from '../spend-caps/spend-cap-guard.js';
import { type RequestState, withDatabase } from './request-state.js';

/**
 * Step 6: the customer's open period, the estimate reserved against the key's spend cap (refused:
 * 402 SPEND_CAP_REACHED), then on the period in one conditional statement. Refused: 402 QUOTA_EXCEEDED (hard stop) or PAYMENT_REQUIRED (overage paused), after
 * the caller's `refused` frees the idempotency claim. Nothing runs then.
 */
export async function reserveCredits(
  caller: KeyPrincipal,
  state: RequestState,
  estimateCredits: number,
  requestId: string,
  credits: CreditLedgerService,
  spendCaps: SpendCapGuard,
  logger: Logger,
  refused: () => Promise<void>,
): Promise<void> {
  // A key that may only reach billing (signed up and not paid, or suspended) opens no period: one
  // opened before payment would lie under the period that payment starts.
  if (caller.access.level === AccessLevel.BILLING_ONLY) return;
  const limits = caller.access.limits;
  const handle = await withDatabase(logger, () => credits.currentPeriod(caller.customerId, limits.includedCredits));
  state.handle = handle;
  if (estimateCredits <= 0) return;
  try {
    state.capReservation = await withDatabase(logger, () =>
      spendCaps.reserve(caller.customerId, caller.keyId, caller.spendCap, estimateCredits),
    );
  } catch (error) {
    await refused();
    throw error;
  }
  const overageAllowed = caller.access.overageAllowed && limits.overageCentsPer1000Credits !== null;
  const reservation = await withDatabase(logger, () => credits.reserve(handle, estimateCredits, requestId, overageAllowed)).catch(
    async (error: unknown) => {
      await giveBackCap(state, spendCaps);
      throw error;
    },
  );
  if (!reservation.ok) {
    await giveBackCap(state, spendCaps);
    await refused();
    const hardStop = limits.overageCentsPer1000Credits === null;
    throw requestError(
      hardStop ? ErrorCode.QUOTA_EXCEEDED : ErrorCode.PAYMENT_REQUIRED,
      hardStop
        ? `This call needs ${estimateCredits} credits and ${reservation.available} are left this period. Buy credits or move to a plan with overage.`
        : `This call needs ${estimateCredits} credits and ${reservation.available} are left; overage is paused until the open invoice is paid. Pay it in the billing portal (createBillingPortalSession).`,
      { requestedCredits: estimateCredits, availableCredits: reservation.available },
    );
  }
  state.reserved = estimateCredits;
}

/** A call refused after its cap reservation used nothing of it. */
async function giveBackCap(state: RequestState, spendCaps: SpendCapGuard): Promise<void> {
  if (state.capReservation) await spendCaps.release(state.capReservation, 0);
  state.capReservation = null;
}
