import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { builtSchemaText, schemaFile } from '../../platform/graphql/schema-text.js';

await writeFile(schemaFile, builtSchemaText());
process.stdout.write(`wrote ${schemaFile}\n`);
