import { graphql } from '../generated';

export const WebhookEndpointsDocument = graphql(`
  query PortalWebhookEndpoints {
    webhookEventTypes
    webhookEndpoints { id url description eventTypes enabled failureStreak createdAt }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation PortalCreateWebhookEndpoint($url: String!, $eventTypes: [String!]!, $description: String) {
    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url } }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation PortalUpdateWebhookEndpoint($id: ID!, $url: String, $eventTypes: [String!], $description: String, $enabled: Boolean) {
    updateWebhookEndpoint(id: $id, url: $url, eventTypes: $eventTypes, description: $description, enabled: $enabled) {
      id url description eventTypes enabled failureStreak
    }
  }
`);

export const RollWebhookSecretDocument = graphql(`
  mutation PortalRollWebhookSecret($id: ID!) {
    rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id url } }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation PortalDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }
`);

export const SendTestWebhookDocument = graphql(`
  mutation PortalSendTestWebhook($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }
`);

export const WebhookDeliveriesDocument = graphql(`
  query PortalWebhookDeliveries($endpointId: ID!, $status: String, $eventType: String, $page: Int!, $perPage: Int!) {
    webhookDeliveries(endpointId: $endpointId, status: $status, eventType: $eventType, page: $page, perPage: $perPage) {
      totalCount page perPage
      items {
        id eventId eventType status attempts lastStatusCode lastLatencyMs lastError responseExcerpt nextAttemptAt lastAttemptAt createdAt
      }
    }
  }
`);

export const ResendWebhookDeliveryDocument = graphql(`
  mutation PortalResendWebhookDelivery($id: ID!) { resendWebhookDelivery(id: $id) }
`);
