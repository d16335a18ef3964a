import type { EntityManager } from '@mikro-orm/postgresql';
import type { Compilable, Kysely, OperationNodeSource } from 'kysely';
import { type Database, runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';

/**
 * A write that must commit exactly when its request's charge commits (a synchronous run's row):
 * one insert, which the usage writer adds to its settling statement, so it costs no round trip.
 */
export type ChargedWrite = (db: Kysely<Database>) => Compilable & OperationNodeSource;

/** Lets a resolver report what a priced field really consumed, in its sizer's units; the metering plugin settles the field from it. */
export type UsageReporter = { reportActualSize(path: readonly (string | number)[], size: number): void };

/** Collects the sizes resolvers report (context.usage.reportActualSize) for settlement. */
export class UsageCollector implements UsageReporter {
  readonly sizes = new Map<string, number>();
  /** Credits of fields that started a job: kept reserved until the job ends (path -> credits). */
  readonly holds = new Map<string, number>();
  /** Writes that commit with the request's usage event and charge, in the same transaction. */
  readonly chargedWrites: ChargedWrite[] = [];

  reportActualSize(path: readonly (string | number)[], size: number): void {
    if (Number.isFinite(size) && size >= 0) this.sizes.set(path.join('.'), size);
  }

  holdForJob(path: readonly (string | number)[], credits: number): void {
    if (Number.isInteger(credits) && credits > 0) this.holds.set(path.join('.'), credits);
  }
}

/**
 * A resolver that queued a job keeps its field's credits reserved for it; the job runner settles
 * them with what the job ran. Other reporters (no monetization) have nothing to hold.
 */
export function holdForJob(usage: UsageReporter, path: readonly (string | number)[], credits: number): void {
  if (usage instanceof UsageCollector) usage.holdForJob(path, credits);
}

/**
 * Stores what a billable resolver produced together with its charge: on a metered call the write
 * goes into the usage writer's settling transaction, so a result is stored if and only if it is
 * charged (and the response waits for that commit anyway); unmetered, it is flushed at once.
 */
export async function storeWithCharge(usage: UsageReporter, em: EntityManager, write: ChargedWrite): Promise<void> {
  if (usage instanceof UsageCollector) {
    usage.chargedWrites.push(write);
    return;
  }
  await runInTransactionOf(em, write(sqlBuilder(em)));
}

/** Held credits of fields that answered: a field with an error (or nulled) runs no job and holds nothing. */
export function heldCredits(
  collector: UsageCollector | null,
  data: Record<string, unknown> | null,
  errorPaths: readonly (readonly (string | number)[])[],
): number {
  if (!collector) return 0;
  let held = 0;
  for (const [path, credits] of collector.holds) {
    const root = path.split('.')[0];
    if (data?.[root] === null || data?.[root] === undefined) continue;
    if (errorPaths.some((errorPath) => String(errorPath[0]) === root)) continue;
    held += credits;
  }
  return held;
}
