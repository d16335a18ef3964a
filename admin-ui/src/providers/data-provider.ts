import type { DataProvider, GetListParams, GetListResult, RaRecord } from 'react-admin';
import { adminUsers } from './data/admin-users';
import { apiKeys } from './data/api-keys';
import { auditLog } from './data/audit-log';
import { invoices, meterDrift, outbox, stripeEvents, subscriptions } from './data/billing';
import { customers } from './data/customers';
import { plans } from './data/plans';
import { simulations } from './data/simulations';
import { MAX_PER_PAGE, type ResourceHandler, unsupported } from './data/resource-handler';

/** One small handler per resource (providers/data/*), composed into react-admin's data provider. */
const handlers: Record<string, ResourceHandler> = {
  customers,
  apiKeys,
  auditLog,
  adminUsers,
  plans,
  subscriptions,
  invoices,
  stripeEvents,
  outbox,
  simulations,
  meterDrift,
};

function handler(resource: string): ResourceHandler {
  const found = handlers[resource];
  if (!found) unsupported(resource, 'anything');
  return found;
}

// react-admin's generics are wider than our records; the handlers return the server's rows as they are.
type Any = never;

type ListHandler = NonNullable<ResourceHandler['getList']>;

/**
 * The API serves at most MAX_PER_PAGE rows a page; a larger page (an export of every matching
 * row) is read page by page until the total is reached.
 */
async function listRows(list: ListHandler, params: GetListParams): Promise<GetListResult<RaRecord>> {
  const wanted = params.pagination?.perPage ?? MAX_PER_PAGE;
  if (wanted <= MAX_PER_PAGE) return list(params);
  const first = ((params.pagination?.page ?? 1) - 1) * wanted;
  const rows: RaRecord[] = [];
  let serverPage = Math.floor(first / MAX_PER_PAGE) + 1;
  let skip = first % MAX_PER_PAGE;
  let total = 0;
  for (;;) {
    const result = await list({ ...params, pagination: { page: serverPage, perPage: MAX_PER_PAGE } });
    total = result.total ?? 0;
    rows.push(...result.data.slice(skip));
    skip = 0;
    const done = result.data.length < MAX_PER_PAGE || serverPage * MAX_PER_PAGE >= total || rows.length >= wanted;
    if (done) return { data: rows.slice(0, wanted), total };
    serverPage += 1;
  }
}

export const dataProvider: DataProvider = {
  getList: async (resource, params) => listRows(handler(resource).getList ?? unsupported(resource, 'lists'), params) as Any,
  getOne: async (resource, params) => (handler(resource).getOne ?? unsupported(resource, 'details'))(params) as Any,
  getMany: async (resource, params) => {
    const one = handler(resource).getOne ?? unsupported(resource, 'details');
    const rows: RaRecord[] = [];
    for (const id of params.ids) rows.push((await one({ id })).data);
    return { data: rows } as Any;
  },
  getManyReference: async (resource, params) => (handler(resource).getManyReference ?? unsupported(resource, 'references'))(params) as Any,
  create: async (resource, params) => (handler(resource).create ?? unsupported(resource, 'create'))(params) as Any,
  update: async (resource, params) => (handler(resource).update ?? unsupported(resource, 'update'))(params) as Any,
  updateMany: async (resource) => unsupported(resource, 'bulk update'),
  delete: async (resource) => unsupported(resource, 'delete'),
  deleteMany: async (resource) => unsupported(resource, 'bulk delete'),
};
