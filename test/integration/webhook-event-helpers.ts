import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { expect } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { signedInMember } from '../support/members.js';
import type { TestApp } from '../support/test-app.js';
import type { ReceivedHook, WebhookReceiver } from './webhook-receiver.js';

const Create = graphql(
  `mutation EventsCreateEndpoint($url: String!, $eventTypes: [String!]!) {
    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { signingSecret endpoint { id } }
  }`,
);

export type Envelope = { id: string; type: string; customerId: string; data: Record<string, unknown> };

/** An endpoint of the customer's own (created by its owner in the portal) on a fresh path of the receiver. */
export async function endpointFor(app: TestApp, receiver: WebhookReceiver, customerId: string, eventTypes: string[]) {
  const path = `/events-${randomUUID()}`;
  const owner = await signedInMember(app, customerId, MemberRole.OWNER);
  const created = await app.client.request(Create, { url: `${receiver.url}${path}`, eventTypes }, { cookie: owner.cookie });
  expect(created.errors).toEqual([]);
  return { path, secret: created.data?.createWebhookEndpoint.signingSecret ?? '', ownerCookie: owner.cookie, ownerEmail: owner.email };
}

/** Verifies the signature the way a customer would, with Stripe's verifier, and returns the envelope. */
export function verified(hook: ReceivedHook | undefined, secret: string): Envelope {
  Stripe.webhooks.constructEvent(hook?.body ?? '', String(hook?.headers['carlo-signature']), secret);
  return JSON.parse(hook?.body ?? '{}') as Envelope;
}
