/**
 * What a call may do, from the key, the customer, the subscription and the plan (docs/architecture.md §6).
 * Pure: the request pipeline and the console both call it, and its table test covers every state.
 */
export enum AccessLevel {
  FULL = 'FULL',
  LIMITED = 'LIMITED',
  READ_ONLY = 'READ_ONLY',
  BILLING_ONLY = 'BILLING_ONLY',
  NONE = 'NONE',
}

/** What a root field does, so each level can allow or refuse it. */
export enum FieldUse {
  BILLABLE = 'billable',
  READ = 'read',
  BILLING = 'billing',
}

export type PlanLimits = {
  includedCredits: number;
  overageCentsPer1000Credits: number | null;
  rateLimitCreditsPerSecond: number;
  burstCredits: number;
  maxIterationsSync: number;
  maxConcurrentJobs: number;
  maxWorkUnitsPerRun: number;
};

export type AccessSubject = {
  key: { status: 'active' | 'revoked' | 'expired'; expiresAt: Date | null; graceUntil: Date | null };
  customer: { status: 'active' | 'suspended' | 'deleted' };
  subscription: { status: string; pastDueSince: Date | null; graceExtendedUntil?: Date | null } | null;
  plan: PlanLimits;
  freePlan: PlanLimits;
  now: Date;
  pastDueGraceDays?: number;
};

export type Access = {
  level: AccessLevel;
  /** Machine-readable reason, stable for clients and the console. */
  reason: string;
  limits: PlanLimits;
  /** Overage may accrue beyond the included credits (false during past_due grace). */
  overageAllowed: boolean;
};

const DAY_MS = 86_400_000;
/** Days a past-due subscription keeps its plan before calls fall back to the free plan's limits. */
export const PAST_DUE_GRACE_DAYS = 7;

/** When a past-due subscription's grace ends: `graceDays` after it fell due, or later where staff extended it. */
export function graceEndsAt(pastDueSince: Date, graceExtendedUntil: Date | null | undefined, graceDays = PAST_DUE_GRACE_DAYS): Date {
  const end = pastDueSince.getTime() + graceDays * DAY_MS;
  return new Date(Math.max(end, graceExtendedUntil?.getTime() ?? 0));
}

export function access(subject: AccessSubject): Access {
  const { key, customer, subscription, plan, freePlan, now } = subject;
  const graceDays = subject.pastDueGraceDays ?? PAST_DUE_GRACE_DAYS;
  const grant = (level: AccessLevel, reason: string, limits = plan, overage = limits.overageCentsPer1000Credits !== null): Access => ({
    level,
    reason,
    limits,
    overageAllowed: overage,
  });

  if (key.status === 'revoked') return grant(AccessLevel.NONE, 'key_revoked');
  if (key.status === 'expired' || (key.expiresAt && key.expiresAt <= now)) return grant(AccessLevel.NONE, 'key_expired');
  if (key.graceUntil && key.graceUntil <= now) return grant(AccessLevel.NONE, 'key_rotated');
  if (customer.status === 'deleted') return grant(AccessLevel.NONE, 'customer_deleted');
  if (customer.status === 'suspended') return grant(AccessLevel.BILLING_ONLY, 'customer_suspended');
  if (!subscription) return grant(AccessLevel.BILLING_ONLY, 'no_subscription');

  switch (subscription.status) {
    case 'trialing':
    case 'active':
      return grant(AccessLevel.FULL, subscription.status);
    case 'past_due': {
      const since = subscription.pastDueSince ?? now;
      if (now < graceEndsAt(since, subscription.graceExtendedUntil, graceDays))
        return grant(AccessLevel.FULL, 'past_due_grace', plan, false);
      return grant(AccessLevel.LIMITED, 'past_due', freePlan, false);
    }
    case 'unpaid':
      return grant(AccessLevel.LIMITED, 'unpaid', freePlan, false);
    case 'incomplete':
    case 'incomplete_expired':
      return grant(AccessLevel.BILLING_ONLY, 'pending_payment', plan, false);
    case 'canceled':
    case 'paused':
      return grant(AccessLevel.READ_ONLY, subscription.status, plan, false);
    default:
      return grant(AccessLevel.BILLING_ONLY, 'unknown_subscription_state', plan, false);
  }
}

const allowedUses: Record<AccessLevel, readonly FieldUse[]> = {
  FULL: [FieldUse.BILLABLE, FieldUse.READ, FieldUse.BILLING],
  LIMITED: [FieldUse.BILLABLE, FieldUse.READ, FieldUse.BILLING],
  READ_ONLY: [FieldUse.READ, FieldUse.BILLING],
  BILLING_ONLY: [FieldUse.BILLING],
  NONE: [],
};

export function allows(level: AccessLevel, use: FieldUse): boolean {
  return allowedUses[level].includes(use);
}

/** Past-due and unpaid accounts may still call the API; they are told what that means and how to pay. */
const DUNNING_ADVICE: Record<string, string> = {
  past_due_grace:
    "The last invoice could not be paid. The API works as usual during a grace period (without overage); update the card in the billing portal (createBillingPortalSession) before it ends, or calls fall back to the free plan's limits.",
  past_due:
    "The last invoice is still unpaid after the grace period: calls run within the free plan's limits, without overage. Update the card in the billing portal (createBillingPortalSession) to get your plan back.",
  unpaid:
    "Every payment retry of the last invoice failed: calls run within the free plan's limits, without overage. Pay the open invoice with a new card in the billing portal (createBillingPortalSession) to get your plan back.",
};

/** What `me.access.advice` tells the account: null when nothing needs doing. */
export function accessAdvice(level: AccessLevel, reason: string): string | null {
  if (DUNNING_ADVICE[reason]) return DUNNING_ADVICE[reason];
  return level === AccessLevel.FULL ? null : refusalMessage(reason);
}

/** The message a refused caller reads: what happened and what to do next. */
export function refusalMessage(reason: string): string {
  const messages: Record<string, string> = {
    key_revoked: 'This API key was revoked. Create a new key in the console or with createApiKey.',
    key_expired: 'This API key has expired. Create a new key in the console or with createApiKey.',
    key_rotated: 'This API key was rotated and its grace period is over. Use the key that replaced it.',
    customer_deleted: 'This account was closed. Contact support to reopen it.',
    customer_suspended: 'This account is suspended. Contact support; billing fields stay available.',
    no_subscription: 'This account has no plan. Choose one with createCheckoutSession.',
    pending_payment: 'Payment for this subscription is not complete. Finish Checkout (createCheckoutSession) to start using the API.',
    canceled:
      'This subscription has ended: past runs and usage stay readable. Choose a plan with createCheckoutSession to run simulations again.',
    paused: 'This subscription is paused. Add a payment method in the billing portal (createBillingPortalSession) to resume.',
    unknown_subscription_state:
      'This subscription is in a state that does not allow this call. Open the billing portal (createBillingPortalSession).',
    ...DUNNING_ADVICE,
  };
  return messages[reason] ?? 'This call is not allowed for this account. Open the billing portal (createBillingPortalSession).';
}
