import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';
import { AdminAlertKind } from './admin-alert-kind.js';
import type { AdminAlert } from './admin-alert.entity.js';

/** Open: nobody acted yet. Acknowledged: an admin took it. Resolved: its cause cleared by itself. */
export enum AdminAlertStatus {
  OPEN = 'open',
  ACKNOWLEDGED = 'acknowledged',
  RESOLVED = 'resolved',
}

registerEnumType(AdminAlertStatus, { name: 'AdminAlertStatus' });

@ObjectType('AdminAlert', { description: 'Something staff should look at; at most one open alert per cause.' })
export class AdminAlertType {
  @Field(() => ID)
  id!: string;

  @Field(() => AdminAlertKind)
  kind!: AdminAlertKind;

  @Field(() => AdminAlertStatus)
  status!: AdminAlertStatus;

  @Field(() => String, { description: 'What it is about, in words: a company, an endpoint URL, Stripe.' })
  subject!: string;

  @Field(() => ID, { nullable: true, description: 'The customer concerned, when there is one.' })
  customerId!: string | null;

  @Field(() => Date)
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged or resolved.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgedByEmail!: string | null;

  @Field(() => String, { nullable: true })
  acknowledgementNote!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Figures behind the alert, per kind (docs/notifications.md).' })
  details!: Record<string, unknown>;
}

@ObjectType('AdminAlertPage')
export class AdminAlertPage extends Paginated(AdminAlertType, 'AdminAlert') {}

export function adminAlertView(alert: AdminAlert): AdminAlertType {
  const customerId = alert.details.customerId;
  const note = alert.details.acknowledgementNote;
  return {
    id: alert.id,
    kind: alert.kind,
    status: alertStatus(alert),
    subject: alert.subject,
    customerId: typeof customerId === 'string' ? customerId : null,
    openedAt: alert.openedAt,
    closedAt: alert.acknowledgedAt,
    acknowledgedByEmail: alert.acknowledgedByEmail,
    acknowledgementNote: typeof note === 'string' ? note : null,
    details: alert.details,
  };
}

function alertStatus(alert: AdminAlert): AdminAlertStatus {
  if (!alert.acknowledgedAt) return AdminAlertStatus.OPEN;
  return alert.acknowledgedById ? AdminAlertStatus.ACKNOWLEDGED : AdminAlertStatus.RESOLVED;
}
