import { AdminSession, AdminUser, AuditLog } from '../../platform/staff/index.js';
import { CreditNote, CreditPurchase, Invoice, InvoiceRefund, MeterDrift, StripeEvent, StripeOutboxEntry } from '../../billing/index.js';
import { Subscription } from '../../domain/subscriptions/index.js';
import { Customer } from '../../domain/customers/index.js';
import { CustomerMember, MemberSession, MemberToken } from '../../domain/members/index.js';
import { ApiKey } from '../../domain/keys/index.js';
import { Plan, PlanPriceVersion } from '../../domain/plans/index.js';
import { SimulationRun, SimulationRunPart } from '../../domain/simulation/index.js';
import { AdminAlert, MemberMailPreference, NotificationEvent, WebhookDelivery, WebhookEndpoint } from '../../notifications/index.js';
import {
  CreditBalance,
  CreditLedgerEntry,
  IdempotencyRecord,
  SpendCapUsage,
  UsageDayCustomer,
  UsageDayOperation,
  UsageDayTotal,
  UsageEvent,
} from '../../metering/index.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and tsx. */
export const entities = [
  Plan,
  PlanPriceVersion,
  Customer,
  Subscription,
  ApiKey,
  AdminUser,
  AdminSession,
  AuditLog,
  CreditBalance,
  CreditLedgerEntry,
  UsageEvent,
  UsageDayTotal,
  UsageDayOperation,
  UsageDayCustomer,
  IdempotencyRecord,
  SimulationRun,
  SimulationRunPart,
  StripeEvent,
  Invoice,
  InvoiceRefund,
  CreditNote,
  CreditPurchase,
  StripeOutboxEntry,
  MeterDrift,
  CustomerMember,
  MemberSession,
  MemberToken,
  WebhookEndpoint,
  SpendCapUsage,
  AdminAlert,
  NotificationEvent,
  WebhookDelivery,
  MemberMailPreference,
];
