import type { MikroORM } from '@mikro-orm/postgresql';
import { CustomerMember, MemberRole } from '../../domain/members/index.js';
import type { SpendCapNotice } from '../../metering/index.js';
import type { MailModule } from '../../platform/mail/index.js';
import { AdminAlertKind } from './admin-alert-kind.js';
import { openAdminAlert } from './alert-store.js';

/**
 * A soft cap reached: one mail to each owner of the customer (the mail key makes a repeat a no-op,
 * on top of metering's once-per-window flag) and one open admin alert per key and window.
 */
export async function notifySoftSpendCap(orm: MikroORM, mail: MailModule, notice: SpendCapNotice): Promise<void> {
  const em = orm.em.fork();
  const owners = await em.find(CustomerMember, { customer: notice.customerId, role: MemberRole.OWNER });
  const window = notice.cap.window === 'day' ? 'UTC day' : 'UTC month';
  for (const owner of owners) {
    await mail.send(
      {
        to: owner.email,
        subject: `An API key reached its soft spend cap of ${notice.cap.credits} credits`,
        text: `Key ${notice.apiKeyId} has used ${notice.usedCredits} credits this ${window}, reaching its soft cap of ${notice.cap.credits}. Calls keep running and are charged as usual. The window resets at ${notice.resetsAt.toISOString()}. To stop calls at the cap, make it a hard cap on the portal's Keys page.`,
      },
      `spend-cap:${notice.apiKeyId}:${notice.windowStart.toISOString()}:${owner.id}`,
    );
  }
  await openAdminAlert(orm, mail, {
    kind: AdminAlertKind.SPEND_CAP_REACHED,
    causeId: `${notice.apiKeyId}:${notice.windowStart.toISOString()}`,
    subject: `key ${notice.apiKeyId} of customer ${notice.customerId}`,
    details: { ...notice, windowStart: notice.windowStart.toISOString(), resetsAt: notice.resetsAt.toISOString() },
  });
}
