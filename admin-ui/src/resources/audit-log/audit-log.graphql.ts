import { graphql } from '../../generated';

export const AuditLogDocument = graphql(`
  query ConsoleAuditLog($page: Int!, $perPage: Int!, $id: ID, $targetType: String, $targetId: String) {
    auditLog(page: $page, perPage: $perPage, id: $id, targetType: $targetType, targetId: $targetId) {
      totalCount
      items { id actorEmail action targetType targetId before after ip createdAt }
    }
  }
`);
