import { Field, Int, ObjectType } from 'type-graphql';
import { AccountAccessType } from '../account.type.js';
import { AccountSubscriptionType } from '../../billing/index.js';
import { PlanType } from '../../domain/plans/index.js';
import { CreditsType, UsageReportType } from '../../metering/index.js';

@ObjectType('NextInvoiceEstimate', {
  description:
    "The renewal invoice at the end of this period as far as it is known now, before tax: the next period's base price in advance and this period's overage so far in arrears (overage keeps growing until the period ends).",
})
export class NextInvoiceEstimateType {
  @Field(() => Date, { description: 'When Stripe issues it: the end of the current period.' })
  dueAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The plan the next period is billed for; null when the subscription ends with this period.',
  })
  planCode!: string | null;

  @Field(() => Int)
  baseCents!: number;

  @Field(() => Int)
  overageCredits!: number;

  @Field(() => Int)
  overageCents!: number;

  @Field(() => Int)
  totalCents!: number;

  @Field(() => String)
  currency!: string;
}

@ObjectType('PortalOverview', { description: "The member's company at a glance: plan, period, credits and usage by day." })
export class PortalOverviewType {
  @Field(() => PlanType)
  plan!: PlanType;

  @Field(() => AccountSubscriptionType, { nullable: true })
  subscription!: AccountSubscriptionType | null;

  @Field(() => AccountAccessType, { description: "What the company's keys may do now, and what to do when it is less than everything." })
  access!: AccountAccessType;

  @Field(() => CreditsType)
  credits!: CreditsType;

  @Field(() => UsageReportType, { description: 'The current period by day.' })
  usageByDay!: UsageReportType;

  @Field(() => UsageReportType, { description: 'The current period by operation.' })
  usageByOperation!: UsageReportType;

  @Field(() => NextInvoiceEstimateType, {
    nullable: true,
    description: 'The next renewal invoice; null when none is coming (free plan, no paid subscription) or Stripe cannot be asked now.',
  })
  nextInvoice!: NextInvoiceEstimateType | null;

  @Field(() => Int, { nullable: true, description: 'Credits left at or below which the company is warned; null when no line is set.' })
  lowBalanceThresholdCredits!: number | null;
}
