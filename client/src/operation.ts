import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { CarloError } from './errors.js';
import type { WithResponse } from './response.js';
import type { CallOptions } from './transport.js';

/** The parts of a graphql-js DocumentNode the SDK reads, so that graphql stays an optional peer. */
type DocumentAst = {
  kind: 'Document';
  definitions: readonly { kind: string; operation?: string; name?: { value: string } }[];
  loc?: { source: { body: string } };
};

/**
 * Anything `graphql()` accepts: a string, a TypedDocumentString (GraphQL Code Generator's
 * documentMode "string", as the SDK's own documents are), or a TypedDocumentNode AST.
 */
export type GraphQLDocument<Result, Variables> = string | DocumentTypeDecoration<Result, Variables>;

/** Runs a typed document and returns its data with `lastResponse`; the resources share it. */
export type Execute = <Result, Variables>(
  document: DocumentTypeDecoration<Result, Variables>,
  variables: Variables,
  options?: CallOptions,
) => Promise<WithResponse<Result>>;

export type PreparedDocument = { text: string; mutation: boolean; operationName: string | null };

function isAst(document: unknown): document is DocumentAst {
  return (
    typeof document === 'object' &&
    document !== null &&
    (document as { kind?: unknown }).kind === 'Document' &&
    Array.isArray((document as { definitions?: unknown }).definitions)
  );
}

/** The query text of a document, printing an AST without source text with graphql-js if it is installed. */
export async function documentText(document: unknown): Promise<string> {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  if (!isAst(document))
    throw new CarloError({
      code: 'BAD_USER_INPUT',
      message: 'graphql() takes a query string, a TypedDocumentString or a TypedDocumentNode.',
    });
  if (document.loc) return document.loc.source.body;
  // A variable specifier keeps bundlers from requiring graphql in builds that never pass an AST.
  const specifier = 'graphql';
  try {
    const graphqlJs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as { print(ast: unknown): string };
    return graphqlJs.print(document);
  } catch (cause) {
    throw new CarloError({
      code: 'BAD_USER_INPUT',
      message:
        'This DocumentNode has no source text and the graphql package could not be loaded to print it. Pass the query as a string, or install graphql.',
      cause,
    });
  }
}

/** Comments and string literals removed, so that keywords are found only where they are syntax. */
function withoutCommentsAndStrings(text: string): string {
  return text.replace(/"""[\s\S]*?"""|"(?:\\.|[^"\\])*"|#[^\n\r]*/g, ' ');
}

/** Whether the operation to run is a mutation, and its name, read from the document text. */
export function describeOperation(text: string, document: unknown, operationName?: string): PreparedDocument {
  if (isAst(document)) {
    const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
    const chosen = operationName ? operations.find((definition) => definition.name?.value === operationName) : operations[0];
    return { text, mutation: chosen?.operation === 'mutation', operationName: operationName ?? chosen?.name?.value ?? null };
  }
  const source = withoutCommentsAndStrings(text);
  // An operation starts the document or follows the closing brace of a previous definition.
  const pattern = /(?:^|\})\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[2] ?? null;
    if (operationName && name !== operationName) continue;
    return { text, mutation: match[1] === 'mutation', operationName: operationName ?? name };
  }
  return { text, mutation: false, operationName: operationName ?? null };
}
