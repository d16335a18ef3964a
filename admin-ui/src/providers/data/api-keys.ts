import type { ApiKeyStatus } from '../../generated/graphql';
import { AdminApiKeysDocument, AdminRevokeApiKeyDocument, AdminRotateApiKeyDocument } from '../../resources/api-keys/api-keys.graphql';
import { mutate, query } from '../apollo';
import { page, type ResourceHandler, stringFilter } from './resource-handler';

const statuses: readonly ApiKeyStatus[] = ['ACTIVE', 'REVOKED', 'EXPIRED'];

async function list(pagination: { page: number; perPage: number }, filter: Record<string, unknown>) {
  const status = stringFilter(filter, 'status');
  const data = await query(AdminApiKeysDocument, {
    ...pagination,
    id: stringFilter(filter, 'id'),
    customerId: stringFilter(filter, 'customerId'),
    status: statuses.includes(status as ApiKeyStatus) ? (status as ApiKeyStatus) : null,
    search: stringFilter(filter, 'q'),
  });
  return { data: data.adminApiKeys.items, total: data.adminApiKeys.totalCount };
}

export const apiKeys: ResourceHandler = {
  getList: (params) => list(page(params), params.filter),
  getManyReference: (params) => list(page(params), { ...params.filter, [params.target]: String(params.id) }),
};

export async function revokeApiKey(id: string, reason: string) {
  return (await mutate(AdminRevokeApiKeyDocument, { id, reason })).adminRevokeApiKey;
}

export async function rotateApiKey(id: string) {
  return (await mutate(AdminRotateApiKeyDocument, { id })).adminRotateApiKey;
}
