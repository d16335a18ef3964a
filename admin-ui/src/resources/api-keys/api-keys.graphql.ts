import { graphql } from '../../generated';

export const AdminApiKeysDocument = graphql(`
  query ConsoleApiKeys($page: Int!, $perPage: Int!, $id: ID, $customerId: ID, $status: ApiKeyStatus, $search: String) {
    adminApiKeys(page: $page, perPage: $perPage, id: $id, customerId: $customerId, status: $status, search: $search) {
      totalCount
      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt revokedAt createdBy customerId customer { id company } }
    }
  }
`);

export const AdminRevokeApiKeyDocument = graphql(`
  mutation ConsoleRevokeApiKey($id: ID!, $reason: String!) { adminRevokeApiKey(id: $id, reason: $reason) { id status revokedAt } }
`);

export const AdminRotateApiKeyDocument = graphql(`
  mutation ConsoleRotateApiKey($id: ID!) { adminRotateApiKey(id: $id) { secret apiKey { id displayPrefix last4 } } }
`);
