import type { AdminSessionTable, AdminUserTable, AuditLogTable } from './tables/platform-tables.js';
import type {
  ApiKeyTable,
  CustomerTable,
  PlanPriceVersionTable,
  PlanTable,
  SimulationRunPartTable,
  SimulationRunTable,
  SubscriptionTable,
} from './tables/domain-tables.js';
import type {
  CreditBalanceTable,
  CreditLedgerTable,
  IdempotencyRecordTable,
  SpendCapUsageTable,
  UsageDayCustomerTable,
  UsageDayOperationTable,
  UsageDayTotalTable,
  UsageEventTable,
} from './tables/metering-tables.js';
import type {
  CreditNoteTable,
  CreditPurchaseTable,
  InvoiceTable,
  MeterDriftTable,
  StripeEventTable,
  StripeOutboxTable,
} from './tables/billing-tables.js';
import type {
  AdminAlertTable,
  MemberMailPreferenceTable,
  NotificationEventTable,
  WebhookDeliveryTable,
  WebhookEndpointTable,
} from './tables/notifications-tables.js';

/**
 * The tables of Carlo's database as Kysely sees them, from the migrations (information_schema of a
 * migrated database): one interface per table in `tables/`, a file per owning layer, and `Database`
 * naming them all. Queries written against `Database` fail to compile when a table or column they
 * use is renamed or removed; change the table's interface with the migration that changes the table. Each table is written only by the module that owns its entity
 * (test/architecture); the types are shared so that every module can read.
 *
 * Values come back as MikroORM's pg pool parses them: timestamps, dates and intervals as the
 * server's text (createPostgreSqlTypeParsers), bigint as text (pg's default), jsonb parsed.
 */

/** Every table, by its name in SQL. */
export interface Database {
  admin_alert: AdminAlertTable;
  admin_session: AdminSessionTable;
  admin_user: AdminUserTable;
  api_key: ApiKeyTable;
  audit_log: AuditLogTable;
  credit_balance: CreditBalanceTable;
  credit_ledger: CreditLedgerTable;
  credit_note: CreditNoteTable;
  credit_purchase: CreditPurchaseTable;
  customer: CustomerTable;
  idempotency_record: IdempotencyRecordTable;
  invoice: InvoiceTable;
  member_mail_preference: MemberMailPreferenceTable;
  meter_drift: MeterDriftTable;
  notification_event: NotificationEventTable;
  plan: PlanTable;
  plan_price_version: PlanPriceVersionTable;
  simulation_run: SimulationRunTable;
  simulation_run_part: SimulationRunPartTable;
  spend_cap_usage: SpendCapUsageTable;
  stripe_event: StripeEventTable;
  stripe_outbox: StripeOutboxTable;
  subscription: SubscriptionTable;
  usage_day_customer: UsageDayCustomerTable;
  usage_day_operation: UsageDayOperationTable;
  usage_day_total: UsageDayTotalTable;
  usage_event: UsageEventTable;
  webhook_delivery: WebhookDeliveryTable;
  webhook_endpoint: WebhookEndpointTable;
}
