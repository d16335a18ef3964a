import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { builtSchemaText, schemaFile } from '../graphql/schema-text.js';

await writeFile(schemaFile, builtSchemaText());
process.stdout.write(`wrote ${schemaFile}\n`);
