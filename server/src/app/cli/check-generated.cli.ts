import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { builtSchemaText, committedSchemaText } from '../graphql/schema-text.js';

/**
 * Fails when schema.graphql differs from what the code builds, or when the documents generated
 * from it are stale: run `npm run schema:emit && npm run codegen` and commit the result.
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
process.stdout.write('schema.graphql and generated documents are current\n');
