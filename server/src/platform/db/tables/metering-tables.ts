import type { Generated } from 'kysely';
import type { Timestamp, DateText, Int8, Defaulted, Json } from './column-types.js';

/** The metering tables: credits, usage, spend caps and idempotency (owner: metering). */

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
