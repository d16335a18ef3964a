import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { CustomerMember } from './customer-member.entity.js';
import { MemberToken, MemberTokenPurpose } from './member-token.entity.js';

const HOUR_MS = 3_600_000;

/** How long each kind of link works. */
export const TOKEN_TTL_MS: Record<MemberTokenPurpose, number> = {
  [MemberTokenPurpose.VERIFY_EMAIL]: 48 * HOUR_MS,
  [MemberTokenPurpose.RESET_PASSWORD]: HOUR_MS,
  [MemberTokenPurpose.INVITATION]: 7 * 24 * HOUR_MS,
};

/** Single-use mail links: the raw token goes into the mail, the row keeps its HMAC. */
export class MemberTokens {
  constructor(private readonly secret: string) {}

  /** A new link token; earlier unused ones of the same purpose stop working. */
  async issue(em: EntityManager, member: CustomerMember, purpose: MemberTokenPurpose): Promise<string> {
    await em.nativeUpdate(MemberToken, { member, purpose, usedAt: null }, { usedAt: new Date() });
    const token = randomBytes(32).toString('base64url');
    em.create(MemberToken, { member, purpose, tokenHash: this.hash(token), expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) });
    await em.flush();
    return token;
  }

  /** The member a valid link belongs to; the link is used up. */
  async consume(em: EntityManager, token: string, purpose: MemberTokenPurpose): Promise<CustomerMember> {
    const row =
      token.length >= 20 && token.length <= 100
        ? await em.findOne(MemberToken, { tokenHash: this.hash(token), purpose }, { populate: ['member', 'member.customer'] })
        : null;
    if (!row || row.usedAt || row.expiresAt <= new Date()) {
      throw appError(ErrorCode.BAD_USER_INPUT, 'This link is invalid, used or expired. Ask for a new one.', { field: 'token' });
    }
    row.usedAt = new Date();
    return row.member.getEntity();
  }

  private hash(token: string): string {
    return createHmac('sha256', this.secret).update(`member-token:${token}`).digest('hex');
  }
}
