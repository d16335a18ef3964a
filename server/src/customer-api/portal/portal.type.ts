import { Field, ObjectType } from 'type-graphql';
import { AccountAccessType } from '../account.type.js';
import { AccountSubscriptionType } from '../../billing/index.js';
import { PlanType } from '../../domain/plans/index.js';
import { CreditsType, UsageReportType } from '../../metering/index.js';

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
}
