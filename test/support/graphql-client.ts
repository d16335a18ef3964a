import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export type GraphqlError = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } };
export type GraphqlResponse<T> = {
  status: number;
  headers: Headers;
  data: T | null;
  errors: GraphqlError[];
  extensions: Record<string, unknown>;
};
export type Caller = { key?: string; cookie?: string; headers?: Record<string, string> };

/** Sends typed documents (generated from schema.graphql) over real HTTP, as an integrator would. */
export class GraphqlClient {
  constructor(readonly baseUrl: string) {}

  async request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    caller: Caller = {},
  ): Promise<GraphqlResponse<Result>> {
    return this.raw<Result>(JSON.stringify({ query: print(document), variables }), caller);
  }

  async raw<Result = Record<string, unknown>>(body: string, caller: Caller = {}): Promise<GraphqlResponse<Result>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...caller.headers };
    if (caller.key !== undefined) headers.authorization = `Bearer ${caller.key}`;
    if (caller.cookie) headers.cookie = caller.cookie;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body });
    const json = (await response.json()) as { data?: Result | null; errors?: GraphqlError[]; extensions?: Record<string, unknown> };
    return {
      status: response.status,
      headers: response.headers,
      data: json.data ?? null,
      errors: json.errors ?? [],
      extensions: json.extensions ?? {},
    };
  }
}

export function errorCodes(response: { errors: GraphqlError[] }): (string | undefined)[] {
  return response.errors.map((error) => error.extensions?.code);
}
