import { MemberRole } from '../../domain/members/index.js';

/** What a member can turn off: one switch per kind of customer mail. */
export const MAIL_CATEGORIES = ['credits', 'payments', 'keys', 'jobs'] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

export function isMailCategory(value: string): value is MailCategory {
  return (MAIL_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Money causes (credits and payments) go to the owner and billing members, who pay; key and job
 * causes go to the owner and developers, who run the integration.
 */
export const CATEGORY_ROLES: Record<MailCategory, readonly MemberRole[]> = {
  credits: [MemberRole.OWNER, MemberRole.BILLING],
  payments: [MemberRole.OWNER, MemberRole.BILLING],
  keys: [MemberRole.OWNER, MemberRole.DEVELOPER],
  jobs: [MemberRole.OWNER, MemberRole.DEVELOPER],
};
