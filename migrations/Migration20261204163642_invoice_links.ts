import { Migration } from '@mikro-orm/migrations';

/** The invoice mirror keeps Stripe's hosted invoice page and PDF links, for the portal and the console. */
export class Migration20261204163642_invoice_links extends Migration {
  override name = 'Migration20261204163642_invoice_links';

  override up(): void | Promise<void> {
    this.addSql(`alter table "invoice" add "hosted_invoice_url" text null, add "invoice_pdf_url" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "invoice" drop column "hosted_invoice_url", drop column "invoice_pdf_url";`);
  }
}
