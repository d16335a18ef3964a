import { ApolloClient, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { HttpError } from 'react-admin';
import { type ErrorEntry, fieldMessages } from './field-errors';

/** One client for the console; the session cookie travels with every same-origin request. */
export const apollo = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
  // react-admin caches with react-query; a second cache would serve stale rows after mutations.
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, watchQuery: { fetchPolicy: 'no-cache' } },
});

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** One error list as an HttpError: the first message, its status, and field messages for forms. */
function fromErrors(errors: readonly ErrorEntry[], fallbackStatus: number, fallbackMessage: string): HttpError {
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
  const message = typeof first?.message === 'string' ? first.message : fallbackMessage;
  const errorsByField = fieldMessages(errors);
  // react-admin shows body.errors beside the inputs of a pessimistic form instead of a notification.
  const body = Object.keys(errorsByField).length > 0 ? { code, errors: errorsByField } : { code };
  return new HttpError(message, statusOf[code] ?? fallbackStatus, body);
}

/** The error list of a non-2xx response, whose body is in the API's error shape when the server wrote it. */
function bodyErrors(bodyText: string): ErrorEntry[] {
  try {
    const parsed: unknown = JSON.parse(bodyText);
    const errors = typeof parsed === 'object' && parsed !== null && 'errors' in parsed ? parsed.errors : null;
    return Array.isArray(errors) ? (errors as ErrorEntry[]) : [];
  } catch {
    return [];
  }
}

/** GraphQL errors as react-admin's HttpError, so notifications show the server's message and 401 signs out. */
export function toHttpError(error: unknown): HttpError {
  if (CombinedGraphQLErrors.is(error)) return fromErrors(error.errors, 500, 'Request failed');
  if (ServerError.is(error)) {
    // Apollo's own message is "Received status code N"; the server's message says what to do.
    const errors = bodyErrors(error.bodyText);
    return errors.length > 0
      ? fromErrors(errors, error.statusCode, error.message)
      : new HttpError(`The server answered ${error.statusCode}; try again shortly.`, error.statusCode, {});
  }
  return new HttpError(error instanceof Error ? error.message : 'Request failed', 500, {});
}

export async function query<Data, Variables extends OperationVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  try {
    const result = await apollo.query<Data, Variables>({ query: document, variables } as Parameters<
      typeof apollo.query<Data, Variables>
    >[0]);
    return result.data as Data;
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function mutate<Data, Variables extends OperationVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  try {
    const result = await apollo.mutate<Data, Variables>({ mutation: document, variables } as Parameters<
      typeof apollo.mutate<Data, Variables>
    >[0]);
    if (!result.data) throw new HttpError('Empty response', 500, {});
    return result.data as Data;
  } catch (error) {
    throw error instanceof HttpError ? error : toHttpError(error);
  }
}
