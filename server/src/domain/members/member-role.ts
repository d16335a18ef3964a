import { registerEnumType } from 'type-graphql';

/** What a member of a customer may do in the portal: owner everything, the others their half. */
export enum MemberRole {
  OWNER = 'owner',
  /** Keys, playground and usage. */
  DEVELOPER = 'developer',
  /** Plan, invoices and payment methods. */
  BILLING = 'billing',
}

export const ALL_MEMBER_ROLES = Object.values(MemberRole);

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'owner: everything; developer: keys and usage; billing: plan, invoices and payment methods.',
});
