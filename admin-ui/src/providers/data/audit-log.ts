import { AuditLogDocument } from '../../resources/audit-log/audit-log.graphql';
import { query } from '../apollo';
import { page, type ResourceHandler, stringFilter } from './resource-handler';

async function list(pagination: { page: number; perPage: number }, filter: Record<string, unknown>) {
  const data = await query(AuditLogDocument, {
    ...pagination,
    id: stringFilter(filter, 'id'),
    targetType: stringFilter(filter, 'targetType'),
    targetId: stringFilter(filter, 'targetId'),
  });
  return { data: data.auditLog.items, total: data.auditLog.totalCount };
}

export const auditLog: ResourceHandler = {
  getList: (params) => list(page(params), params.filter),
  getManyReference: (params) => list(page(params), { ...params.filter, [params.target]: String(params.id) }),
};
