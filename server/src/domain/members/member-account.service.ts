import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError, isUuid, notFound } from '../../platform/graphql/index.js';
import { hashPassword } from '../../platform/staff/index.js';
import { Customer, CustomerStatus } from '../customers/index.js';
import type { MailModule } from '../../platform/mail/index.js';
import { CustomerMember } from './customer-member.entity.js';
import type { MemberAuthService } from './member-auth.service.js';
import { memberMail } from './member-mail.js';
import { MemberRole } from './member-role.js';
import { MemberSession } from './member-session.entity.js';
import { MemberToken, MemberTokenPurpose } from './member-token.entity.js';
import type { MemberTokens } from './member-tokens.js';

export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    throw appError(ErrorCode.BAD_USER_INPUT, `Choose a password of ${MIN_PASSWORD_LENGTH} to 200 characters.`, { field: 'password' });
  }
}

/** Members' accounts: the owner made at sign-up, verification, password reset, invitations and claims. */
export class MemberAccountService {
  private publicUrl: string;

  constructor(
    private readonly tokens: MemberTokens,
    private readonly auth: MemberAuthService,
    private readonly mail: MailModule,
    publicUrl: string,
  ) {
    this.publicUrl = publicUrl;
  }

  /** Links in mails point here; main sets the listen address when PUBLIC_URL is unset. */
  setPublicUrl(url: string): void {
    this.publicUrl = url;
  }

  /** What sign-up checks before it creates anything, so a bad password leaves no half-made account. */
  async checkNewOwner(em: EntityManager, email: string, password: string): Promise<void> {
    checkPassword(password);
    await this.assertEmailFree(em, email);
  }

  /** The owner who signed up with the company, and the mail that verifies their address. */
  async createOwner(em: EntityManager, customerId: string, email: string, password: string): Promise<CustomerMember> {
    await this.checkNewOwner(em, email, password);
    const passwordHash = await hashPassword(password);
    // The member, its link and the mail that carries the link commit together, or none of them.
    return em.transactional(async (tx) => {
      const member = tx.create(CustomerMember, {
        customer: tx.getReference(Customer, customerId),
        email: email.trim().toLowerCase(),
        role: MemberRole.OWNER,
        passwordHash,
      });
      await tx.flush();
      await this.queueVerification(tx, member);
      return member;
    });
  }

  async sendVerification(em: EntityManager, member: CustomerMember): Promise<void> {
    await em.transactional((tx) => this.queueVerification(tx, member));
  }

  private async queueVerification(tx: EntityManager, member: CustomerMember): Promise<void> {
    const token = await this.tokens.issue(tx, member, MemberTokenPurpose.VERIFY_EMAIL);
    const company = (await tx.findOneOrFail(Customer, member.customer.id)).company;
    await this.mail.sendInTransaction(tx, memberMail.verify(member.email, company, this.link('verify', token)));
  }

  async verifyEmail(em: EntityManager, token: string): Promise<CustomerMember> {
    const member = await this.tokens.consume(em, token, MemberTokenPurpose.VERIFY_EMAIL);
    member.emailVerifiedAt ??= new Date();
    await em.flush();
    return member;
  }

  /** Always succeeds to the caller, so the answer never tells which emails have accounts. */
  async requestPasswordReset(em: EntityManager, email: string): Promise<void> {
    const member = await em.findOne(CustomerMember, { email: email.trim().toLowerCase(), disabled: false });
    if (!member?.passwordHash) return;
    await em.transactional(async (tx) => {
      const token = await this.tokens.issue(tx, member, MemberTokenPurpose.RESET_PASSWORD);
      await this.mail.sendInTransaction(tx, memberMail.reset(member.email, this.link('reset', token)));
    });
  }

  /** A new password from a reset link; the mailbox is proven, and every older session ends. */
  async resetPassword(em: EntityManager, token: string, password: string): Promise<CustomerMember> {
    checkPassword(password);
    const member = await this.tokens.consume(em, token, MemberTokenPurpose.RESET_PASSWORD);
    member.passwordHash = await hashPassword(password);
    member.emailVerifiedAt ??= new Date();
    await em.flush();
    await this.auth.revokeAll(em, member);
    return member;
  }

  async invite(em: EntityManager, customerId: string, email: string, role: MemberRole): Promise<CustomerMember> {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) || email.length > 320)
      throw appError(ErrorCode.BAD_USER_INPUT, 'Enter a valid email address.', { field: 'email' });
    await this.assertEmailFree(em, email);
    return em.transactional(async (tx) => {
      const customer = await tx.findOneOrFail(Customer, customerId);
      const member = tx.create(CustomerMember, { customer, email: email.trim().toLowerCase(), role });
      await tx.flush();
      const token = await this.tokens.issue(tx, member, MemberTokenPurpose.INVITATION);
      await this.mail.sendInTransaction(tx, memberMail.invitation(member.email, customer.company, role, this.link('invite', token)));
      return member;
    });
  }

  /** Sets the first password from an invitation (or claim) link; the mailbox is proven by the link. */
  async acceptInvitation(em: EntityManager, token: string, password: string): Promise<CustomerMember> {
    checkPassword(password);
    const member = await this.tokens.consume(em, token, MemberTokenPurpose.INVITATION);
    member.passwordHash = await hashPassword(password);
    member.emailVerifiedAt ??= new Date();
    await em.flush();
    return member;
  }

  /**
   * A customer made before portal accounts (key only) gets an owner by proving its email: the
   * link goes to the customer's address. Silent for any other address, so it reveals nothing.
   */
  async claimAccount(em: EntityManager, email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    const customer = await em.findOne(Customer, { email: address, status: { $ne: CustomerStatus.DELETED } });
    if (!customer || (await em.count(CustomerMember, { customer })) > 0 || (await em.count(CustomerMember, { email: address })) > 0) return;
    await em.transactional(async (tx) => {
      const member = tx.create(CustomerMember, { customer, email: address, role: MemberRole.OWNER });
      await tx.flush();
      const token = await this.tokens.issue(tx, member, MemberTokenPurpose.INVITATION);
      await this.mail.sendInTransaction(tx, memberMail.claim(address, customer.company, this.link('invite', token)));
    });
  }

  team(em: EntityManager, customerId: string): Promise<CustomerMember[]> {
    return em.find(CustomerMember, { customer: customerId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Removes a member of the caller's customer; nobody removes themself, so an account keeps its owner. */
  async removeMember(em: EntityManager, customerId: string, callerId: string, memberId: string): Promise<void> {
    const member = isUuid(memberId) ? await em.findOne(CustomerMember, { id: memberId, customer: customerId }) : null;
    if (!member) throw notFound('Member');
    if (member.id === callerId)
      throw appError(ErrorCode.BAD_USER_INPUT, 'You cannot remove yourself. Make another member owner first.', { field: 'id' });
    // Sessions and links go with the member, so the address can be invited again.
    await em.nativeDelete(MemberSession, { member });
    await em.nativeDelete(MemberToken, { member });
    await em.nativeDelete(CustomerMember, { id: member.id });
  }

  private async assertEmailFree(em: EntityManager, email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    if (await em.count(CustomerMember, { email: address })) {
      throw appError(
        ErrorCode.CONFLICT,
        `${address} already has a Carlo sign-in. Use another address, or sign in and ask for a password reset.`,
        { field: 'email' },
      );
    }
  }

  private link(page: 'verify' | 'reset' | 'invite', token: string): string {
    return `${this.publicUrl}/portal/${page}?token=${encodeURIComponent(token)}`;
  }
}
