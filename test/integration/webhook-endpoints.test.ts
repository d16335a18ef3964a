import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const List = graphql(`query WebhookEndpointsList { webhookEndpoints { id url description eventTypes enabled failureStreak } }`);
const Create = graphql(
  `mutation WebhookEndpointsCreate($url: String!, $eventTypes: [String!]!, $description: String) {
    createWebhookEndpoint(url: $url, eventTypes: $eventTypes, description: $description) { signingSecret endpoint { id url eventTypes enabled } }
  }`,
);
const Update = graphql(
  `mutation WebhookEndpointsUpdate($id: ID!, $eventTypes: [String!], $enabled: Boolean) {
    updateWebhookEndpoint(id: $id, eventTypes: $eventTypes, enabled: $enabled) { id eventTypes enabled }
  }`,
);
const Roll = graphql(`mutation WebhookEndpointsRoll($id: ID!) { rollWebhookEndpointSecret(id: $id) { signingSecret endpoint { id } } }`);
const Delete = graphql(`mutation WebhookEndpointsDelete($id: ID!) { deleteWebhookEndpoint(id: $id) }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function ownerCookie(): Promise<string> {
  const { customer } = await customerWithKey(app);
  return (await signedInMember(app, customer.id, MemberRole.OWNER)).cookie;
}

describe('webhook endpoints in the customer API', () => {
  it('creates an endpoint with a secret shown once, changes it, rolls the secret and deletes it', async () => {
    const cookie = await ownerCookie();
    const created = await app.client.request(
      Create,
      { url: 'https://hooks.example.com/carlo', eventTypes: ['invoice.paid', 'credits.exhausted'], description: 'ops' },
      { cookie },
    );
    expect(created.errors).toEqual([]);
    const first = created.data?.createWebhookEndpoint;
    expect(first?.signingSecret).toMatch(/^whsec_/);
    expect(first?.endpoint).toMatchObject({ url: 'https://hooks.example.com/carlo', enabled: true });
    const id = first?.endpoint.id ?? '';

    const listed = await app.client.request(List, {}, { cookie });
    expect(listed.data?.webhookEndpoints).toEqual([
      {
        id,
        url: 'https://hooks.example.com/carlo',
        description: 'ops',
        eventTypes: ['invoice.paid', 'credits.exhausted'],
        enabled: true,
        failureStreak: 0,
      },
    ]);

    const updated = await app.client.request(Update, { id, eventTypes: ['key.revoked'], enabled: false }, { cookie });
    expect(updated.data?.updateWebhookEndpoint).toEqual({ id, eventTypes: ['key.revoked'], enabled: false });

    const rolled = await app.client.request(Roll, { id }, { cookie });
    expect(rolled.data?.rollWebhookEndpointSecret.signingSecret).toMatch(/^whsec_/);
    expect(rolled.data?.rollWebhookEndpointSecret.signingSecret).not.toBe(first?.signingSecret);

    expect((await app.client.request(Delete, { id }, { cookie })).data?.deleteWebhookEndpoint).toBe(true);
    expect((await app.client.request(List, {}, { cookie })).data?.webhookEndpoints).toEqual([]);
  });

  it('refuses unknown event types and non-web URLs, naming the field', async () => {
    const cookie = await ownerCookie();
    const unknownEvent = await app.client.request(
      Create,
      { url: 'https://hooks.example.com/x', eventTypes: ['invoice.eaten'] },
      { cookie },
    );
    expect(errorCodes(unknownEvent)).toEqual(['BAD_USER_INPUT']);
    expect(unknownEvent.errors[0]?.extensions?.field).toBe('eventTypes');
    expect(unknownEvent.errors[0]?.message).toMatch(/invoice\.eaten.*Choose from/);
    const ftp = await app.client.request(Create, { url: 'ftp://hooks.example.com/x', eventTypes: ['invoice.paid'] }, { cookie });
    expect(errorCodes(ftp)).toEqual(['BAD_USER_INPUT']);
    expect(ftp.errors[0]?.extensions?.field).toBe('url');
  });

  it("keeps billing members out and never shows or changes another company's endpoint", async () => {
    const { customer } = await customerWithKey(app);
    const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
    expect(errorCodes(await app.client.request(List, {}, { cookie: billing.cookie }))).toEqual(['FORBIDDEN']);

    const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
    const created = await app.client.request(
      Create,
      { url: 'https://a.example.com/h', eventTypes: ['invoice.paid'] },
      { cookie: owner.cookie },
    );
    const id = created.data?.createWebhookEndpoint.endpoint.id ?? '';
    const stranger = await ownerCookie();
    expect(errorCodes(await app.client.request(Delete, { id }, { cookie: stranger }))).toEqual(['NOT_FOUND']);
    expect((await app.client.request(List, {}, { cookie: stranger })).data?.webhookEndpoints).toEqual([]);
    expect((await app.client.request(List, {}, { cookie: owner.cookie })).data?.webhookEndpoints).toHaveLength(1);
  });
});
