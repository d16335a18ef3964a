import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AccessLevel } from '../../domain/access/index.js';
import { IssuedApiKeyType } from '../../domain/keys/index.js';
import { MemberType } from '../../domain/members/index.js';
import { PlanType } from '../../domain/plans/index.js';
import type { Subscription } from '../../domain/subscriptions/index.js';

@ObjectType('SignUpPayload', {
  description: 'A new account. The key secret is shown this once; paid plans pay at checkoutUrl before the key may run anything.',
})
export class SignUpPayload {
  @Field(() => ID)
  accountId!: string;

  @Field(() => IssuedApiKeyType)
  apiKey!: IssuedApiKeyType;

  @Field(() => String, { nullable: true, description: 'Stripe Checkout for a paid plan; null on the free plan.' })
  checkoutUrl!: string | null;

  @Field(() => String, { description: 'active (free plan) or incomplete until Checkout is paid.' })
  subscriptionStatus!: string;

  @Field(() => AccessLevel)
  access!: AccessLevel;

  @Field(() => MemberType, { nullable: true, description: 'The portal owner, when a password was given; the session cookie is set too.' })
  member!: MemberType | null;
}

@ObjectType('RedirectSession', { description: 'A Stripe-hosted page (Checkout or the billing portal) to send the customer to.' })
export class RedirectSessionType {
  @Field(() => String)
  url!: string;
}

@ObjectType('AccountSubscription', { description: "The caller's subscription as Carlo applies it." })
export class AccountSubscriptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  planCode!: string;

  @Field(() => String, { description: "Stripe's status: trialing, active, past_due, unpaid, canceled, incomplete, …" })
  status!: string;

  @Field(() => Date)
  currentPeriodStart!: Date;

  @Field(() => Date)
  currentPeriodEnd!: Date;

  @Field(() => Boolean)
  cancelAtPeriodEnd!: boolean;
}

/** The caller's view of a subscription row. */
export function accountSubscription(row: Subscription): AccountSubscriptionType {
  return {
    id: row.id,
    planCode: row.plan.getEntity().code,
    status: row.status,
    currentPeriodStart: row.currentPeriodStart,
    currentPeriodEnd: row.currentPeriodEnd,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
  };
}

@ObjectType('PlanChange', { description: 'What a plan change costs now and what it changes.' })
export class PlanChangeType {
  @Field(() => PlanType)
  from!: PlanType;

  @Field(() => PlanType)
  to!: PlanType;

  @Field(() => Boolean, { description: 'Upgrades apply now with proration; downgrades at the end of the period.' })
  immediate!: boolean;

  @Field(() => Int, { description: 'Charged now for the rest of this period (credits for unused time deducted), in cents.' })
  prorationCents!: number;

  @Field(() => Int, { description: "Total of Stripe's invoice preview, in cents." })
  nextInvoiceCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => Date)
  effectiveAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The plan of a downgrade scheduled for the period end that this change cancels (the account keeps its current plan, or upgrades from it); null otherwise.',
  })
  releasedPlanCode!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "A downgrade's metered overage credits so far this period: the period-end invoice bills them in arrears at the current plan's price. Null for other changes.",
  })
  overageCredits!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Those overage credits at the current plan’s overage price, in cents (part of the period-end invoice). Null for other changes.',
  })
  overageCents!: number | null;

  @Field(() => Int)
  includedCreditsChange!: number;

  @Field(() => Int)
  rateLimitChange!: number;

  @Field(() => Int)
  maxIterationsSyncChange!: number;

  @Field(() => Int)
  maxConcurrentJobsChange!: number;

  @Field(() => [String])
  featuresAdded!: string[];

  @Field(() => [String])
  featuresRemoved!: string[];
}
