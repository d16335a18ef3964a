import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../graphql/index.js';
import type { AdminPrincipal } from './admin-principal.js';
import { AdminSession } from './admin-session.entity.js';
import { AdminUser } from './admin-user.entity.js';
import { checkSignInCode } from './admin-totp.service.js';
import { recordAudit } from './audit.service.js';
import type { LoginThrottle } from './login-throttle.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

export type LoginResult = { admin: AdminUser; token: string; expiresAt: Date };

export class AdminAuthService {
  constructor(
    private readonly sessionSecret: string,
    private readonly sessionTtlMs: number,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(
    em: EntityManager,
    credentials: { email: string; password: string; totpCode?: string | null },
    ip: string,
    requestId: string,
  ): Promise<LoginResult> {
    const { email, password } = credentials;
    const verdict = await this.throttle.take(email, ip);
    if (!verdict.allowed) {
      const from = verdict.reason === 'address' ? 'from this address' : 'for this account from new addresses';
      throw appError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts ${from}. Try again in ${verdict.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    const admin = await em.findOne(AdminUser, { email: email.toLowerCase() });
    const valid = await verifyPassword(admin?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!admin || !valid || admin.disabled) {
      throw appError(ErrorCode.UNAUTHENTICATED, 'Email or password is wrong, or the account is disabled.');
    }
    await checkSignInCode(em, admin, credentials.totpCode);
    await this.throttle.recordSuccess(email, ip);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    em.create(AdminSession, { admin, tokenHash: this.hashToken(token), expiresAt, ip });
    admin.lastLoginAt = new Date();
    recordAudit(
      em,
      { principal: null, email: admin.email, ip, requestId },
      { action: 'admin.login', targetType: 'admin_user', targetId: admin.id },
    );
    await em.flush();
    return { admin, token, expiresAt };
  }

  async logout(em: EntityManager, principal: AdminPrincipal, ip: string, requestId: string): Promise<void> {
    const session = await em.findOne(AdminSession, principal.sessionId);
    if (session && !session.revokedAt) session.revokedAt = new Date();
    recordAudit(em, { principal, ip, requestId }, { action: 'admin.logout', targetType: 'admin_session', targetId: principal.sessionId });
    await em.flush();
  }

  /** Null for an unknown, expired, revoked or disabled session; checked on every request so logout is immediate. */
  async authenticate(em: EntityManager, token: string): Promise<AdminPrincipal | null> {
    if (token.length < 20 || token.length > 100) return null;
    const session = await em.findOne(AdminSession, { tokenHash: this.hashToken(token) }, { populate: ['admin'] });
    if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
    const admin = session.admin.getEntity();
    if (admin.disabled) return null;
    return { kind: 'admin', adminId: admin.id, email: admin.email, role: admin.role, sessionId: session.id };
  }

  private hashToken(token: string): string {
    return createHmac('sha256', this.sessionSecret).update(token).digest('hex');
  }
}
