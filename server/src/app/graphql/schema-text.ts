import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildCarloSchema } from './schema.js';

export const schemaFile = fileURLToPath(new URL('../../../../schema.graphql', import.meta.url));

const header = '# The Carlo API contract. Written by `npm run schema:emit` from the server code; a test fails on any difference.\n\n';

/** The schema the code builds, directives and their usages included, as committed in schema.graphql. */
export function builtSchemaText(): string {
  return `${header}${printSchemaWithDirectives(buildCarloSchema())}\n`;
}

export async function committedSchemaText(): Promise<string> {
  return readFile(schemaFile, 'utf8');
}
