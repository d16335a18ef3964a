/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me { me { id company access { level reason } } }": typeof types.MeDocument,
    "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }": typeof types.ApiKeysDocument,
    "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }": typeof types.CreateKeyDocument,
    "mutation RotateKey($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }": typeof types.RotateKeyDocument,
    "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": typeof types.RevokeKeyDocument,
};
const documents: Documents = {
    "query Me { me { id company access { level reason } } }": types.MeDocument,
    "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }": types.ApiKeysDocument,
    "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }": types.CreateKeyDocument,
    "mutation RotateKey($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }": types.RotateKeyDocument,
    "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }": types.RevokeKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id company access { level reason } } }"): (typeof documents)["query Me { me { id company access { level reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }"): (typeof documents)["query ApiKeys($page: Int!, $perPage: Int!) { apiKeys(page: $page, perPage: $perPage) { totalCount items { id displayPrefix last4 status graceUntil } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }"): (typeof documents)["mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id displayPrefix last4 scopes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateKey($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }"): (typeof documents)["mutation RotateKey($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"): (typeof documents)["mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;