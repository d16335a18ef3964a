import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Int8, Defaulted, Json } from './column-types.js';

/** The notifications tables: events, webhook endpoints and deliveries, mail preferences and admin alerts (owner: notifications). */

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
