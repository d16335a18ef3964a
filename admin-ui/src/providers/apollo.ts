import { ApolloClient, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { HttpError } from 'react-admin';

/** One client for the console; the session cookie travels with every same-origin request. */
export const apollo = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
  // react-admin caches with react-query; a second cache would serve stale rows after mutations.
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, watchQuery: { fetchPolicy: 'no-cache' } },
});

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429 };

/** GraphQL errors as react-admin's HttpError, so notifications show the server's message and 401 signs out. */
export function toHttpError(error: unknown): HttpError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
    return new HttpError(first?.message ?? 'Request failed', statusOf[code] ?? 500, { code });
  }
  if (ServerError.is(error)) return new HttpError(error.message, error.statusCode, {});
  return new HttpError(error instanceof Error ? error.message : 'Request failed', 500, {});
}

export async function query<Data, Variables extends OperationVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  try {
    const result = await apollo.query<Data, Variables>({ query: document, variables } as Parameters<typeof apollo.query<Data, Variables>>[0]);
    return result.data as Data;
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function mutate<Data, Variables extends OperationVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  try {
    const result = await apollo.mutate<Data, Variables>({ mutation: document, variables } as Parameters<typeof apollo.mutate<Data, Variables>>[0]);
    if (!result.data) throw new HttpError('Empty response', 500, {});
    return result.data as Data;
  } catch (error) {
    throw error instanceof HttpError ? error : toHttpError(error);
  }
}
