import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';

const KEY_ITEM = 'carlo.playground.key';

/**
 * The playground's API key lives in this tab's sessionStorage only: it is gone when the tab
 * closes, other tabs never see it, and the server keeps nothing beyond the key's usual hash.
 */
export const keyStore = {
  get: (): string => sessionStorage.getItem(KEY_ITEM) ?? '',
  set: (secret: string): void => sessionStorage.setItem(KEY_ITEM, secret),
  clear: (): void => sessionStorage.removeItem(KEY_ITEM),
};

/** A refusal in the server's words, with its code and the argument path it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message);
  }
}

export type CallBody = { query: string; variables: Record<string, unknown> };

/** Exactly what goes over the wire; the copy buttons print this same body. */
export function bodyOf<V extends Record<string, unknown>>(document: TypedDocumentNode<unknown, V>, variables: V): CallBody {
  return { query: print(document), variables };
}

type Reply<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

function refusal(reply: Reply<unknown>, status: number): ApiError {
  const first = reply.errors?.[0];
  if (!first) return new ApiError(`The API answered HTTP ${status} without a GraphQL answer. Try again shortly.`, null, null);
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
  const message = reply.errors?.map((error) => error.message).join(' ') ?? first.message;
  return new ApiError(message, code, field);
}

/** One POST to /graphql with the key as a Bearer token and no cookie: metered per key, as any integration. */
export async function callApi<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  key: string,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(bodyOf(document, variables)),
  });
  let reply: Reply<T>;
  try {
    reply = (await response.json()) as Reply<T>;
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without JSON. Try again shortly.`, null, null);
  }
  if (reply.errors?.length || !reply.data) throw refusal(reply, response.status);
  return reply.data;
}
