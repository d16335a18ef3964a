import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer } from '../customers/index.js';
import type { CustomerMember } from './customer-member.entity.js';
import type { MemberType, PortalMeType } from './member.type.js';

export function memberView(member: CustomerMember): MemberType {
  return {
    id: member.id,
    email: member.email,
    role: member.role,
    emailVerified: member.emailVerifiedAt !== null,
    invitationPending: member.passwordHash === null,
    lastLoginAt: member.lastLoginAt,
    createdAt: member.createdAt,
  };
}

export async function portalMe(em: EntityManager, member: CustomerMember): Promise<PortalMeType> {
  const customer = await em.findOneOrFail(Customer, member.customer.id);
  return { member: memberView(member), accountId: customer.id, company: customer.company };
}
