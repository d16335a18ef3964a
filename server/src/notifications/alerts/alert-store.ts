import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { runTyped, sqlBuilder } from '../../platform/db/index.js';
import type { MailModule } from '../../platform/mail/index.js';
import type { AdminAlertKind } from './admin-alert-kind.js';

export type AlertCause = {
  kind: AdminAlertKind;
  /** The cause's identity within its kind (a customer id, an endpoint id, …); one open alert per cause. */
  causeId: string;
  subject: string;
  details: Record<string, unknown>;
};

export function dedupeKeyOf(kind: AdminAlertKind, causeId: string): string {
  return `${kind}:${causeId}`;
}

/** After an admin acknowledges an alert, its cause stays quiet this long even if it persists. */
export const ACKNOWLEDGED_QUIET_MS = 24 * 3_600_000;

/**
 * Opens an alert unless one is open for the same cause (the partial unique index decides, so
 * detectors in several processes agree) or an admin acknowledged one for it within the quiet time,
 * and mails each opted-in admin once for a newly opened one. Returns the new alert's id, or null.
 */
export async function openAdminAlert(orm: MikroORM, mail: MailModule, cause: AlertCause): Promise<string | null> {
  const openedAt = new Date();
  const dedupeKey = dedupeKeyOf(cause.kind, cause.causeId);
  const quiet = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .selectFrom('admin_alert')
      .select('id')
      .where('dedupe_key', '=', dedupeKey)
      .where('acknowledged_by_id', 'is not', null)
      .where('acknowledged_at', '>', new Date(openedAt.getTime() - ACKNOWLEDGED_QUIET_MS).toISOString())
      .limit(1),
  );
  if (quiet.length > 0) return null;
  const inserted = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em)
      .insertInto('admin_alert')
      .values({
        id: crypto.randomUUID(),
        created_at: openedAt,
        updated_at: openedAt,
        kind: cause.kind,
        subject: cause.subject,
        dedupe_key: dedupeKey,
        opened_at: openedAt,
        details: JSON.stringify(cause.details),
      })
      .onConflict((oc) => oc.column('dedupe_key').where('acknowledged_at', 'is', null).doNothing())
      .returning('id'),
  );
  const id = inserted[0]?.id;
  if (!id) return null;
  const admins = await runTyped(
    orm,
    undefined,
    sqlBuilder(orm.em).selectFrom('admin_user').select(['id', 'email']).where('alert_emails', '=', true).where('disabled', '=', false),
  );
  for (const admin of admins) {
    await mail.send(
      {
        to: admin.email,
        subject: `Carlo alert: ${cause.kind.replaceAll('_', ' ')} (${cause.subject})`,
        text: `An admin alert opened at ${openedAt.toISOString()}.\n\nKind: ${cause.kind}\nAbout: ${cause.subject}\nDetails: ${JSON.stringify(cause.details, null, 2)}\n\nAcknowledge it on the console's Alerts page. You get this mail because alert mail is on in your console profile; turn it off there.`,
      },
      `admin-alert:${id}:${admin.id}`,
    );
  }
  return id;
}

/**
 * Closes the open alerts of `kind` whose cause is no longer present (not in `stillFailing`), for the
 * kinds that clear by themselves; the row records no acknowledging admin, so the console shows it as resolved.
 */
export async function resolveClearedAlerts(orm: MikroORM, kind: AdminAlertKind, stillFailing: readonly string[]): Promise<void> {
  const keep = stillFailing.map((causeId) => dedupeKeyOf(kind, causeId));
  const resolvedAt = new Date();
  let query = sqlBuilder(orm.em)
    .updateTable('admin_alert')
    .set({
      acknowledged_at: resolvedAt,
      updated_at: resolvedAt,
      details: sql`details || ${JSON.stringify({ resolvedAt: resolvedAt.toISOString(), resolution: 'the cause cleared' })}::jsonb`,
    })
    .where('kind', '=', kind)
    .where('acknowledged_at', 'is', null);
  if (keep.length > 0) query = query.where('dedupe_key', 'not in', keep);
  await runTyped(orm, undefined, query);
}
