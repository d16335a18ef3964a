import { graphql } from '../../generated';

export const AuditLogDocument = graphql(`
  query ConsoleAuditLog($page: Int!, $perPage: Int!, $targetType: String, $targetId: String) {
    auditLog(page: $page, perPage: $perPage, targetType: $targetType, targetId: $targetId) {
      totalCount
      items { id actorEmail action targetType targetId before after ip createdAt }
    }
  }
`);
