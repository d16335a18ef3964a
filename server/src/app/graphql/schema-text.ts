import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema } from 'graphql';
import { buildCarloSchema } from './schema.js';

export const schemaFile = fileURLToPath(new URL('../../../../schema.graphql', import.meta.url));

const header = '# The Carlo API contract. Written by `npm run schema:emit` from the server code; a test fails on any difference.\n\n';

/**
 * The schema the code builds, directives and their usages included, as committed in schema.graphql.
 * Sorted by name, so the text does not depend on the order in which modules load their resolvers.
 */
export function builtSchemaText(): string {
  return `${header}${printSchemaWithDirectives(lexicographicSortSchema(buildCarloSchema()))}\n`;
}

export async function committedSchemaText(): Promise<string> {
  return readFile(schemaFile, 'utf8');
}
