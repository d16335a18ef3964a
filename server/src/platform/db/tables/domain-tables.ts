import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Json } from './column-types.js';

/** The domain tables: plans, customers, subscriptions, keys and simulations (owners: the domain modules). */

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
