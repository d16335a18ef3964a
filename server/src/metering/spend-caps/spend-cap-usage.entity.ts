import { t } from '@mikro-orm/core';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * What one API key has committed in one spend-cap window: reservations of calls in flight plus
 * what settled calls were charged or hold for jobs. Reservations add to it in one conditional
 * statement, so a hard cap is never passed; settlement gives back the unused part.
 */
@Entity({ tableName: 'spend_cap_usage' })
@Check({ name: 'spend_cap_usage_used_credits_check', expression: 'used_credits >= 0' })
export class SpendCapUsage {
  @PrimaryKey({ type: t.uuid })
  apiKeyId!: string;

  /** The UTC day or month start of the window (`spendCapWindowAt`). */
  @PrimaryKey({ type: t.datetime, columnType: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: t.integer })
  usedCredits!: number;

  /** Set once when a soft cap is first reached in this window: the owner is mailed once. */
  @Property({ type: t.datetime, columnType: 'timestamptz', nullable: true })
  softNotifiedAt: Date | null = null;

  @Property({ type: t.datetime, columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;
}
