import { Field, ID, ObjectType } from 'type-graphql';
import { MemberRole } from './member-role.js';

@ObjectType('Member', { description: "A person who signs in to a customer's portal." })
export class MemberType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => Boolean, { description: 'The member opened the verification, invitation or reset link sent to this address.' })
  emailVerified!: boolean;

  @Field(() => Boolean, { description: 'Invited, but no password chosen yet.' })
  invitationPending!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('PortalMe', { description: 'The signed-in member and the customer they act for.' })
export class PortalMeType {
  @Field(() => MemberType)
  member!: MemberType;

  @Field(() => ID)
  accountId!: string;

  @Field(() => String)
  company!: string;
}

@ObjectType('MemberSession', { description: 'A portal session; its token travels in an HttpOnly cookie only (carlo_member_session).' })
export class MemberSessionType {
  @Field(() => PortalMeType)
  me!: PortalMeType;

  @Field(() => Date)
  expiresAt!: Date;
}
