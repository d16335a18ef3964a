import { AdminSession } from '../../platform/staff/admin-session.entity.js';
import { AdminUser } from '../../platform/staff/admin-user.entity.js';
import { AuditLog } from '../../platform/staff/audit-log.entity.js';
import { CreditPurchase } from '../../billing/stripe/credit-purchase.entity.js';
import { Invoice } from '../../billing/stripe/invoice.entity.js';
import { MeterDrift } from '../../billing/stripe/meter-drift.entity.js';
import { StripeEvent } from '../../billing/stripe/stripe-event.entity.js';
import { StripeOutboxEntry } from '../../billing/stripe/stripe-outbox.entity.js';
import { Subscription } from '../../domain/subscriptions/subscription.entity.js';
import { Customer } from '../../domain/customers/customer.entity.js';
import { ApiKey } from '../../domain/keys/api-key.entity.js';
import { Plan } from '../../domain/plans/plan.entity.js';
import { SimulationRun } from '../../domain/simulation/simulation-run.entity.js';
import { CreditBalance } from '../../metering/credits/credit-balance.entity.js';
import { CreditLedgerEntry } from '../../metering/credits/credit-ledger.entity.js';
import { IdempotencyRecord } from '../../metering/idempotency/idempotency-record.entity.js';
import { UsageDayCustomer, UsageDayOperation, UsageDayTotal } from '../../metering/usage/usage-daily.entity.js';
import { UsageEvent } from '../../metering/usage/usage-event.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and tsx. */
export const entities = [Plan, Customer, Subscription, ApiKey, AdminUser, AdminSession, AuditLog, CreditBalance, CreditLedgerEntry, UsageEvent, UsageDayTotal, UsageDayOperation, UsageDayCustomer, IdempotencyRecord, SimulationRun, StripeEvent, Invoice, CreditPurchase, StripeOutboxEntry, MeterDrift];
