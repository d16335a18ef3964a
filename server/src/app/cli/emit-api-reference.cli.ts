import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { apiReference, apiReferenceFile } from '../graphql/api-reference.js';
import { buildCarloSchema } from '../graphql/schema.js';

await writeFile(apiReferenceFile, apiReference(buildCarloSchema()));
process.stdout.write(`wrote ${apiReferenceFile}\n`);
