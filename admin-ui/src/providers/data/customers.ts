import type { CustomerAddressInput, CustomerProfileInput, CustomerSortField, CustomerStatus, SortOrder } from '../../generated/graphql';
import {
  AdminCancelSubscriptionDocument,
  AdminChangePlanDocument,
  AdminPreviewPlanChangeDocument,
  CustomerDocument,
  CustomerTimelineDocument,
  CustomersDocument,
  CustomerWebhooksDocument,
  IssueApiKeyDocument,
  UpdateCustomerDocument,
  PlansOnSaleDocument,
  ReinstateCustomerDocument,
  SuspendCustomerDocument,
} from '../../resources/customers/customers.graphql';
import { mutate, query } from '../apollo';
import { page, type ResourceHandler, stringFilter } from './resource-handler';

const sortFields: Record<string, CustomerSortField> = { createdAt: 'CREATED_AT', company: 'COMPANY', email: 'EMAIL' };
const statuses: readonly CustomerStatus[] = ['ACTIVE', 'SUSPENDED', 'DELETED'];

export const customers: ResourceHandler = {
  async getList(params) {
    const status = stringFilter(params.filter, 'status');
    const data = await query(CustomersDocument, {
      ...page(params),
      search: stringFilter(params.filter, 'q'),
      status: statuses.includes(status as CustomerStatus) ? (status as CustomerStatus) : null,
      planCode: stringFilter(params.filter, 'planCode'),
      sortField: sortFields[params.sort?.field ?? ''] ?? 'CREATED_AT',
      sortOrder: (params.sort?.order === 'ASC' ? 'ASC' : 'DESC') satisfies SortOrder,
    });
    return { data: data.customers.items, total: data.customers.totalCount };
  },
  async getOne(params) {
    const data = await query(CustomerDocument, { id: String(params.id) });
    return { data: data.customer };
  },
  async update(params) {
    const data = await mutate(UpdateCustomerDocument, { id: String(params.id), input: profileInput(params.data as ProfileForm) });
    return { data: data.adminUpdateCustomer };
  },
};

type ProfileForm = {
  company?: string;
  email?: string;
  billingEmail?: string | null;
  taxId?: string | null;
  notes?: string | null;
  /** The form edits tags as one comma-separated text; a record loaded from the server holds a list. */
  tags?: string | string[] | null;
  address?: Partial<Record<keyof CustomerAddressInput, string | null>> | null;
};

/** The whole profile as the server replaces it: every field is sent, empty ones as null. */
function profileInput(form: ProfileForm): CustomerProfileInput {
  const tags = Array.isArray(form.tags) ? form.tags : (form.tags ?? '').split(',');
  const address = form.address ?? {};
  return {
    company: form.company ?? '',
    email: form.email ?? '',
    billingEmail: form.billingEmail || null,
    taxId: form.taxId || null,
    notes: form.notes || null,
    tags: tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
    address: {
      line1: address.line1 || null,
      line2: address.line2 || null,
      city: address.city || null,
      state: address.state || null,
      postalCode: address.postalCode || null,
      country: address.country || null,
    },
  };
}

export async function customerTimeline(customerId: string) {
  return (await query(CustomerTimelineDocument, { customerId })).customerTimeline;
}

export async function customerWebhooks(customerId: string) {
  return (await query(CustomerWebhooksDocument, { customerId })).customerWebhooks;
}

export async function issueApiKey(customerId: string, name: string, mode: 'LIVE' | 'TEST', reason: string) {
  return (await mutate(IssueApiKeyDocument, { customerId, input: { name, mode }, reason })).adminIssueApiKey;
}

export async function suspendCustomer(id: string, reason: string) {
  return (await mutate(SuspendCustomerDocument, { id, reason })).suspendCustomer;
}

export async function reinstateCustomer(id: string) {
  return (await mutate(ReinstateCustomerDocument, { id })).reinstateCustomer;
}

export async function plansOnSale() {
  return (await query(PlansOnSaleDocument, {})).plans;
}

export async function previewPlanChange(customerId: string, plan: string) {
  return (await query(AdminPreviewPlanChangeDocument, { customerId, plan })).adminPreviewPlanChange;
}

export async function changePlan(customerId: string, plan: string) {
  return (await mutate(AdminChangePlanDocument, { customerId, plan })).adminChangePlan;
}

export async function cancelSubscription(customerId: string, atPeriodEnd: boolean) {
  return (await mutate(AdminCancelSubscriptionDocument, { customerId, atPeriodEnd })).adminCancelSubscription;
}
