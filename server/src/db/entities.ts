import { AdminSession } from '../modules/admin/admin-session.entity.js';
import { AdminUser } from '../modules/admin/admin-user.entity.js';
import { AuditLog } from '../modules/admin/audit-log.entity.js';
import { CreditPurchase } from '../modules/billing/credit-purchase.entity.js';
import { Invoice } from '../modules/billing/invoice.entity.js';
import { MeterDrift } from '../modules/billing/meter-drift.entity.js';
import { StripeEvent } from '../modules/billing/stripe-event.entity.js';
import { StripeOutboxEntry } from '../modules/billing/stripe-outbox.entity.js';
import { Subscription } from '../modules/billing/subscription.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { ApiKey } from '../modules/keys/api-key.entity.js';
import { CustomerMember } from '../modules/members/customer-member.entity.js';
import { MemberSession } from '../modules/members/member-session.entity.js';
import { MemberToken } from '../modules/members/member-token.entity.js';
import { Plan } from '../modules/plans/plan.entity.js';
import { SimulationRun } from '../modules/simulation/simulation-run.entity.js';
import { CreditBalance } from '../modules/usage/credit-balance.entity.js';
import { CreditLedgerEntry } from '../modules/usage/credit-ledger.entity.js';
import { IdempotencyRecord } from '../modules/usage/idempotency-record.entity.js';
import { UsageDayCustomer, UsageDayOperation, UsageDayTotal } from '../modules/usage/usage-daily.entity.js';
import { UsageEvent } from '../modules/usage/usage-event.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and tsx. */
export const entities = [Plan, Customer, Subscription, ApiKey, AdminUser, AdminSession, AuditLog, CreditBalance, CreditLedgerEntry, UsageEvent, UsageDayTotal, UsageDayOperation, UsageDayCustomer, IdempotencyRecord, SimulationRun, StripeEvent, Invoice, CreditPurchase, StripeOutboxEntry, MeterDrift, CustomerMember, MemberSession, MemberToken];
