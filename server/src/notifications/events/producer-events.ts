import type { EndedRun } from '../../domain/simulation/index.js';
import type { CreditsCrossing } from '../../metering/index.js';
import type { NotificationInput } from './event-recorder.js';

/**
 * The events lower layers report through their ports, shaped as docs/notifications.md lists them.
 * Each cause key names the cause itself, so a retried job or a repeated revoke records nothing new.
 */
export function simulationEndedEvent(run: EndedRun): NotificationInput {
  if (run.status === 'succeeded') {
    return {
      customerId: run.customerId,
      type: 'simulation.completed',
      causeKey: `simulation.ended:${run.runId}`,
      data: {
        jobId: run.runId,
        iterations: run.iterations,
        credits: run.credits,
        durationMs: run.finishedAt.getTime() - run.submittedAt.getTime(),
        finishedAt: run.finishedAt.toISOString(),
      },
    };
  }
  return {
    customerId: run.customerId,
    type: 'simulation.failed',
    causeKey: `simulation.ended:${run.runId}`,
    data: { jobId: run.runId, errorCode: 'SIMULATION_FAILED', message: run.error ?? '', finishedAt: run.finishedAt.toISOString() },
  };
}

export type RevokedKey = { id: string; name: string; revokedAt: Date | null; customerId: string };

export function keyRevokedEvent(key: RevokedKey): NotificationInput {
  return {
    customerId: key.customerId,
    type: 'key.revoked',
    causeKey: `key.revoked:${key.id}`,
    data: { keyId: key.id, name: key.name, revokedAt: (key.revokedAt ?? new Date()).toISOString() },
  };
}

/** One event per line per customer and credit period: concurrent settlements crossing it record one. */
export function creditsCrossingEvent(crossing: CreditsCrossing): NotificationInput {
  const period = crossing.periodStart.toISOString();
  if (crossing.kind === 'exhausted') {
    return {
      customerId: crossing.customerId,
      type: 'credits.exhausted',
      causeKey: `credits.exhausted:${crossing.customerId}:${period}`,
      data: { periodStart: period },
    };
  }
  if (crossing.kind === 'balance_below') {
    return {
      customerId: crossing.customerId,
      type: 'credits.threshold_reached',
      // Once per line and grant: a top-up (or a new line) re-arms the warning within the period.
      causeKey: `credits.balance_below:${crossing.customerId}:${period}:${crossing.thresholdCredits}:${crossing.grantedCredits}`,
      data: {
        trigger: 'balance_below',
        thresholdCredits: crossing.thresholdCredits,
        balanceCredits: crossing.balanceCredits,
        periodStart: period,
      },
    };
  }
  return {
    customerId: crossing.customerId,
    type: 'credits.threshold_reached',
    causeKey: `credits.threshold:${crossing.customerId}:${period}:${crossing.percent}`,
    data: {
      trigger: 'included_used',
      thresholdPercent: crossing.percent,
      usedCredits: crossing.usedCredits,
      includedCredits: crossing.includedCredits,
      periodStart: period,
    },
  };
}
