import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { MemberPrincipal } from './member-principal.js';
import { decoyPasswordHash, verifyPassword, type LoginThrottle } from '../../platform/staff/index.js';
import { CustomerStatus } from '../customers/index.js';
import { CustomerMember } from './customer-member.entity.js';
import { MemberSession } from './member-session.entity.js';

export type MemberLogin = { member: CustomerMember; token: string; expiresAt: Date };

/**
 * Portal sessions, built like console sessions: a random token in an HttpOnly cookie, only its
 * HMAC in the database, checked on every request so signing out (or a disabled member) takes
 * effect at once.
 */
export class MemberAuthService {
  constructor(
    private readonly sessionSecret: string,
    private readonly sessionTtlMs: number,
    private readonly throttle: LoginThrottle,
  ) {}

  async signIn(em: EntityManager, email: string, password: string, ip: string): Promise<MemberLogin> {
    // The attempt is taken before the password is checked, so concurrent guesses cannot all be verified.
    const verdict = await this.throttle.take(email, ip);
    if (!verdict.allowed) {
      throw appError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts. Try again in ${verdict.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    const member = await em.findOne(CustomerMember, { email: email.trim().toLowerCase() }, { populate: ['customer'] });
    const valid = await verifyPassword(member?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!member || !valid || member.disabled || member.customer.getEntity().status === CustomerStatus.DELETED) {
      throw appError(ErrorCode.UNAUTHENTICATED, 'Email or password is wrong. Forgot it? Ask for a reset link.');
    }
    await this.throttle.recordSuccess(email, ip);
    member.lastLoginAt = new Date();
    return { member, ...(await this.openSession(em, member, ip)) };
  }

  /** A new session for a member who just proved who they are (password, or an invitation link). */
  async openSession(em: EntityManager, member: CustomerMember, ip: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    em.create(MemberSession, { member, tokenHash: this.hashToken(token), expiresAt, ip });
    await em.flush();
    return { token, expiresAt };
  }

  async signOut(em: EntityManager, principal: MemberPrincipal): Promise<void> {
    const session = await em.findOne(MemberSession, principal.sessionId);
    if (session && !session.revokedAt) session.revokedAt = new Date();
    await em.flush();
  }

  /** Ends every session of a member (after a password reset). */
  async revokeAll(em: EntityManager, member: CustomerMember): Promise<void> {
    await em.nativeUpdate(MemberSession, { member, revokedAt: null }, { revokedAt: new Date() });
  }

  async authenticate(em: EntityManager, token: string): Promise<MemberPrincipal | null> {
    if (token.length < 20 || token.length > 100) return null;
    const session = await em.findOne(MemberSession, { tokenHash: this.hashToken(token) }, { populate: ['member', 'member.customer'] });
    if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
    const member = session.member.getEntity();
    if (member.disabled || member.customer.getEntity().status === CustomerStatus.DELETED) return null;
    return {
      kind: 'member',
      memberId: member.id,
      customerId: member.customer.id,
      email: member.email,
      role: member.role,
      sessionId: session.id,
    };
  }

  private hashToken(token: string): string {
    return createHmac('sha256', this.sessionSecret).update(`member-session:${token}`).digest('hex');
  }
}
