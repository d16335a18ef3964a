import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../graphql/index.js';
import type { AdminRole } from './admin-role.js';
import { AdminUser } from './admin-user.entity.js';
import { hashPassword } from './password.js';

export const MIN_PASSWORD_LENGTH = 12;

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export async function createAdminUser(
  em: EntityManager,
  input: { email: string; name: string; role: AdminRole; password: string },
): Promise<AdminUser> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw appError(ErrorCode.BAD_USER_INPUT, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`, { field: 'password' });
  }
  const email = input.email.trim().toLowerCase();
  if (await em.count(AdminUser, { email }))
    throw appError(ErrorCode.CONFLICT, `An admin user with ${email} exists already.`, { field: 'email' });
  return em.create(AdminUser, { email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) });
}

/** Turns alert mail on or off for one admin (the console's opt-in toggle); the caller audits and flushes. */
export async function setAlertEmails(em: EntityManager, adminId: string, enabled: boolean): Promise<AdminUser> {
  const admin = await em.findOneOrFail(AdminUser, adminId);
  admin.alertEmails = enabled;
  return admin;
}
