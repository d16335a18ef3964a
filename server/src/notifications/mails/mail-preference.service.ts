import type { EntityManager } from '@mikro-orm/postgresql';
import { runInTransactionOf, sqlBuilder } from '../../platform/db/index.js';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { MAIL_CATEGORIES, type MailCategory, isMailCategory } from './mail-category.js';

export type MailPreference = { category: MailCategory; enabled: boolean };

/** Every category with the member's switch; a category the member never changed is on. */
export async function mailPreferencesOf(em: EntityManager, memberId: string): Promise<MailPreference[]> {
  const rows = await runInTransactionOf(
    em,
    sqlBuilder(em).selectFrom('member_mail_preference').select(['category', 'enabled']).where('member_id', '=', memberId),
  );
  const stored = new Map(rows.map((row) => [row.category, row.enabled]));
  return MAIL_CATEGORIES.map((category) => ({ category, enabled: stored.get(category) ?? true }));
}

/** Sets one of the member's own switches; setting it again to the same value changes nothing. */
export async function setMailPreference(em: EntityManager, memberId: string, category: string, enabled: boolean): Promise<MailPreference> {
  if (!isMailCategory(category)) {
    throw appError(ErrorCode.BAD_USER_INPUT, `Unknown mail category "${category}". Use one of: ${MAIL_CATEGORIES.join(', ')}.`, {
      field: 'category',
    });
  }
  const now = new Date();
  await runInTransactionOf(
    em,
    sqlBuilder(em)
      .insertInto('member_mail_preference')
      .values({ member_id: memberId, category, enabled, updated_at: now })
      .onConflict((conflict) => conflict.columns(['member_id', 'category']).doUpdateSet({ enabled, updated_at: now })),
  );
  return { category, enabled };
}
