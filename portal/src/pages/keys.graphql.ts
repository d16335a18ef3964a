import { graphql } from '../generated';

export const KeysDocument = graphql(`
  query PortalKeys {
    portalApiKeys(page: 1, perPage: 100) {
      totalCount
      items { id name mode displayPrefix last4 scopes status expiresAt graceUntil lastUsedAt createdAt spendCapCredits spendCapWindow spendCapMode }
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

export const SetKeyCapDocument = graphql(`
  mutation PortalSetKeyCap($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {
    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }
  }
`);

export const ClearKeyCapDocument = graphql(`
  mutation PortalClearKeyCap($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }
`);
