import type { CustomerSortField, CustomerStatus, SortOrder } from '../../generated/graphql';
import {
  AdminCancelSubscriptionDocument,
  AdminChangePlanDocument,
  AdminPreviewPlanChangeDocument,
  CustomerDocument,
  CustomersDocument,
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
      sortField: sortFields[params.sort?.field ?? ''] ?? 'CREATED_AT',
      sortOrder: (params.sort?.order === 'ASC' ? 'ASC' : 'DESC') satisfies SortOrder,
    });
    return { data: data.customers.items, total: data.customers.totalCount };
  },
  async getOne(params) {
    const data = await query(CustomerDocument, { id: String(params.id) });
    return { data: data.customer };
  },
};

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
