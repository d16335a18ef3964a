import { Migration } from '@mikro-orm/migrations';

/** Console staff get an optional TOTP second factor and a record of their last password change. */
export class Migration20261204194835_staff_security extends Migration {
  override name = 'Migration20261204194835_staff_security';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "admin_user" add "totp_secret" varchar(64) null, add "totp_pending_secret" varchar(64) null, add "totp_last_step" int null, add "password_changed_at" timestamptz null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "admin_user" drop column "totp_secret", drop column "totp_pending_secret", drop column "totp_last_step", drop column "password_changed_at";`,
    );
  }
}
