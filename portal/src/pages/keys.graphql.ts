import { graphql } from '../generated';

export const KeysDocument = graphql(`
  query PortalKeys {
    portalApiKeys(page: 1, perPage: 100) {
      totalCount
      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt }
    }
  }
`);

export const CreateKeyDocument = graphql(`
  mutation PortalCreateKey($input: CreateApiKeyInput!) {
    portalCreateApiKey(input: $input) { secret apiKey { id name } }
  }
`);

export const RotateKeyDocument = graphql(`
  mutation PortalRotateKey($id: ID!, $graceHours: Int) {
    portalRotateApiKey(id: $id, graceHours: $graceHours) { secret apiKey { id name } }
  }
`);

export const RevokeKeyDocument = graphql(`
  mutation PortalRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { id status } }
`);
