import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { apiReference, apiReferenceFile } from './api-reference.js';
import { buildCarloSchema } from './schema.js';

await writeFile(apiReferenceFile, apiReference(buildCarloSchema()));
process.stdout.write(`wrote ${apiReferenceFile}\n`);
