import type { Generated } from 'kysely';
import type { Timestamp, Int8, Defaulted, Json } from './column-types.js';

/** The billing tables: Stripe events and outbox, invoices, credit notes, packs and meter drift (owner: billing). */

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

export interface MeterDriftTable {
  id: Defaulted<Int8>;
  customer_id: string;
  hour_start: Timestamp;
  local_credits: number;
  stripe_credits: number;
  checked_at: Defaulted<Timestamp>;
}
