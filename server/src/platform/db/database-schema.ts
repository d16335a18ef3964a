import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of Carlo's database as Kysely sees them, one interface per table, from the migrations
 * (information_schema of a migrated database). Queries written against `Database` fail to compile
 * when a table or column they use is renamed or removed; change this file with the migration that
 * changes the table. Each table is written only by the module that owns its entity
 * (test/architecture); the types are shared so that every module can read.
 *
 * Values come back as MikroORM's pg pool parses them: timestamps, dates and intervals as the
 * server's text (createPostgreSqlTypeParsers), bigint as text (pg's default), jsonb parsed.
 */

/** timestamptz: read as PostgreSQL's text, written from a Date or ISO text. */
export type Timestamp = ColumnType<string, Date | string, Date | string>;
/** date: read and written as YYYY-MM-DD text. */
export type DateText = ColumnType<string, string, string>;
/** bigint: read as text (exact beyond 2^53), written from a number, bigint or text. */
export type Int8 = ColumnType<string, number | bigint | string, number | bigint | string>;
/** A column with a default: optional on insert. (Kysely's Generated does not unwrap a ColumnType.) */
export type Defaulted<C> = C extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : C | undefined;
/** jsonb, parsed on read. */
export type Json = ColumnType<unknown, string | Record<string, unknown>, string | Record<string, unknown>>;

export interface AdminSessionTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  admin_id: string;
  token_hash: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
}

export interface AdminUserTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  disabled: Generated<boolean>;
  alert_emails: Generated<boolean>;
  last_login_at: Timestamp | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  password_changed_at: Timestamp | null;
}

export interface AdminAlertTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  kind: string;
  subject: string;
  dedupe_key: string;
  opened_at: Timestamp;
  acknowledged_by_id: string | null;
  acknowledged_by_email: string | null;
  acknowledged_at: Timestamp | null;
  details: Json;
}

export interface ApiKeyTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  customer_id: string;
  name: string;
  mode: string;
  display_prefix: string;
  last4: string;
  secret_hash: string;
  scopes: Json;
  status: Generated<string>;
  expires_at: Timestamp | null;
  grace_until: Timestamp | null;
  rotated_from_id: string | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  created_by: string;
  spend_cap_credits: number | null;
  spend_cap_window: string | null;
  spend_cap_mode: string | null;
}

export interface AuditLogTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  actor_id: string | null;
  actor_email: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
  request_id: string | null;
}

export interface CreditBalanceTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  customer_id: string;
  period_start: Timestamp;
  period_end: Timestamp;
  included_credits: number;
  prepaid_credits: Generated<number>;
  reserved_credits: Generated<number>;
  settled_credits: Generated<number>;
  overage_credits: Generated<number>;
  balance_credits: number;
}

export interface CreditLedgerTable {
  id: Defaulted<Int8>;
  customer_id: string;
  period_start: Timestamp;
  kind: string;
  credits: number;
  request_id: string | null;
  reason: string | null;
  created_at: Defaulted<Timestamp>;
}

export interface CreditPurchaseTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  stripe_checkout_session_id: string;
  customer_id: string;
  pack: string;
  credits: number;
  amount_cents: number;
  currency: string;
  stripe_payment_intent_id: string | null;
  credits_revoked: Generated<number>;
}

export interface CustomerTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  company: string;
  email: string;
  billing_email: string | null;
  tax_id: string | null;
  address: Json | null;
  stripe_customer_id: string | null;
  status: Generated<string>;
  suspended_reason: string | null;
  overrides: Json;
  notes: string | null;
  tags: Json;
  low_balance_threshold_credits: number | null;
}

export interface IdempotencyRecordTable {
  customer_id: string;
  key: string;
  body_hash: string;
  request_id: string;
  http_status: number | null;
  response: Json | null;
  locked_until: Timestamp;
  expires_at: Timestamp;
  created_at: Defaulted<Timestamp>;
}

export interface CreditNoteTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  stripe_credit_note_id: string;
  stripe_invoice_id: string;
  customer_id: string | null;
  number: string;
  status: string;
  amount_cents: number;
  refund_cents: number;
  balance_cents: number;
  reason: string | null;
  memo: string | null;
  issued_at: Timestamp;
}

export interface InvoiceTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  stripe_invoice_id: string;
  customer_id: string | null;
  stripe_subscription_id: string | null;
  number: string | null;
  status: string;
  billing_reason: string | null;
  currency: string;
  subtotal_cents: number;
  total_cents: number;
  amount_paid_cents: number;
  amount_due_cents: number;
  amount_refunded_cents: Generated<number>;
  period_start: Timestamp;
  period_end: Timestamp;
  paid_at: Timestamp | null;
  issued_at: Timestamp;
  hosted_invoice_url: string | null;
  invoice_pdf_url: string | null;
  lines: Json;
}

export interface MeterDriftTable {
  id: Defaulted<Int8>;
  customer_id: string;
  hour_start: Timestamp;
  local_credits: number;
  stripe_credits: number;
  checked_at: Defaulted<Timestamp>;
}

export interface PlanTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  code: string;
  name: string;
  price_cents: number;
  currency: Generated<string>;
  included_credits: number;
  overage_cents_per_1000_credits: number | null;
  rate_limit_credits_per_second: number;
  burst_credits: number;
  max_iterations_sync: number;
  max_concurrent_jobs: number;
  max_work_units_per_run: number;
  features: Json;
  stripe_product_id: string | null;
  stripe_base_price_id: string | null;
  stripe_metered_price_id: string | null;
  sort_order: Generated<number>;
  active: Generated<boolean>;
}

export interface PlanPriceVersionTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  plan_id: string;
  version: number;
  price_cents: number;
  overage_cents_per_1000_credits: number | null;
  stripe_base_price_id: string;
  stripe_metered_price_id: string | null;
}

export interface SimulationRunTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  customer_id: string;
  api_key_id: string;
  mode: string;
  status: Generated<string>;
  input: Json;
  seed: number;
  reproducibility_key: string;
  engine_version: string;
  iterations: number;
  iterations_run: number | null;
  progress: Generated<number>;
  result: Json | null;
  credits: number;
  attempts: Generated<number>;
  error: string | null;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  duration_ms: number | null;
  request_id: string | null;
  held_credits: number | null;
}

/** A distributed job's chunk group (domain/simulation, part-store.ts). */
export interface SimulationRunPartTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  run_id: string;
  part_index: number;
  first_chunk: number;
  end_chunk: number;
  iterations_done: Generated<number>;
  attempts: Generated<number>;
  /** bytea: read as a Buffer (pg) or Uint8Array (embedded). */
  reports: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  outputs: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  finished_at: Timestamp | null;
}

export interface StripeEventTable {
  id: string;
  type: string;
  object_id: string | null;
  event_created_at: Timestamp;
  payload: Json;
  status: Generated<string>;
  received_at: Defaulted<Timestamp>;
  processed_at: Timestamp | null;
  attempts: Generated<number>;
  next_attempt_at: Defaulted<Timestamp>;
  error: string | null;
  source: string | null;
}

export interface StripeOutboxTable {
  id: Defaulted<Int8>;
  identifier: string;
  customer_id: string;
  stripe_customer_id: string;
  event_name: string;
  hour_start: Timestamp;
  event_at: Timestamp;
  seq: number;
  credits: number;
  attempts: Generated<number>;
  next_attempt_at: Defaulted<Timestamp>;
  sent_at: Timestamp | null;
  dead_at: Timestamp | null;
  last_error: string | null;
  created_at: Defaulted<Timestamp>;
}

export interface SubscriptionTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  customer_id: string;
  plan_id: string;
  stripe_subscription_id: string | null;
  stripe_base_price_id: string | null;
  status: string;
  current_period_start: Timestamp;
  current_period_end: Timestamp;
  cancel_at_period_end: Generated<boolean>;
  trial_end: Timestamp | null;
  past_due_since: Timestamp | null;
  grace_extended_until: Timestamp | null;
  canceled_at: Timestamp | null;
  last_stripe_event_at: Timestamp | null;
}

export interface UsageDayCustomerTable {
  day: DateText;
  customer_id: string;
  calls: number;
  charged_credits: Int8;
}

export interface UsageDayOperationTable {
  day: DateText;
  operation_name: string;
  calls: number;
  charged_credits: Int8;
}

export interface UsageDayTotalTable {
  day: DateText;
  calls: number;
  charged_credits: Int8;
  overage_credits: Int8;
  errors: number;
  latency_counts: Json;
}

export interface SpendCapUsageTable {
  api_key_id: string;
  window_start: Timestamp;
  used_credits: number;
  soft_notified_at: Timestamp | null;
  updated_at: Defaulted<Timestamp>;
}

export interface UsageEventTable {
  id: Defaulted<Int8>;
  request_id: string;
  customer_id: string;
  api_key_id: string;
  period_start: Timestamp;
  operation_name: string;
  requested_credits: number;
  actual_credits: number;
  charged_credits: number;
  overage_credits: number;
  status: string;
  latency_ms: number;
  occurred_at: Timestamp;
  stripe_report_state: string;
  held_credits: Generated<number>;
}

/** Every table, by its name in SQL. */
export interface NotificationEventTable {
  id: string;
  sequence: Generated<string>;
  customer_id: string;
  type: string;
  cause_key: string;
  payload: Json;
  created_at: Timestamp;
}

export interface WebhookDeliveryTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  event_id: string;
  endpoint_id: string;
  customer_id: string;
  sequence: Int8;
  status: Defaulted<ColumnType<string, string, string>>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  locked_until: Timestamp | null;
  last_attempt_at: Timestamp | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
  response_excerpt: string | null;
}

export interface WebhookEndpointTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  customer_id: string;
  url: string;
  description: Generated<string>;
  event_types: string[];
  signing_secret: string;
  failure_streak: Generated<number>;
  disabled_at: Timestamp | null;
}

export interface MemberMailPreferenceTable {
  member_id: string;
  category: string;
  enabled: boolean;
  updated_at: Timestamp;
}

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
