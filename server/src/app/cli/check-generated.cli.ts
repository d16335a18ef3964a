import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { apiReference, apiReferenceFile } from '../graphql/api-reference.js';
import { buildCarloSchema } from '../graphql/schema.js';
import { builtSchemaText, committedSchemaText } from '../graphql/schema-text.js';

/**
 * Fails when schema.graphql differs from what the code builds, or when the documents generated
 * from it (the console's, the tests', the client SDK's, docs/api.md) are stale: run
 * `npm run schema:emit && npm run codegen` and commit the result.
 */
if (builtSchemaText() !== (await committedSchemaText())) {
  process.stderr.write('schema.graphql is stale: run `npm run schema:emit && npm run codegen` and commit the result.\n');
  process.exit(1);
}
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.yml', '--check'], { stdio: 'pipe' });
} catch {
  process.stderr.write('Generated GraphQL documents are stale: run `npm run codegen` and commit the result.\n');
  process.exit(1);
}
const committedReference = await readFile(apiReferenceFile, 'utf8').catch(() => '');
if (committedReference !== apiReference(buildCarloSchema())) {
  process.stderr.write('docs/api.md is stale: run `npm run codegen` (or `npm run docs:api`) and commit the result.\n');
  process.exit(1);
}
process.stdout.write('schema.graphql, generated documents and docs/api.md are current\n');
