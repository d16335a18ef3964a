import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createScratchDatabase, migrateTemplate } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory that each test app copies (embedded runs). */
    pgTemplateDir: string | null;
    /** A migrated database on DATABASE_URL's server, created for this run and dropped after it. */
    databaseUrl: string | null;
  }
}

/**
 * Migrates once per run. On embedded defaults every test app gets its own copy of a migrated
 * PGlite directory (opening a copy is far faster than a cold create); with DATABASE_URL the run
 * gets a fresh database on that server so earlier runs' rows never leak into assertions.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    project.provide('databaseUrl', scratch.url);
    project.provide('pgTemplateDir', null);
    return scratch.drop;
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), 'carlo-template-'));
  await migrateTemplate(directory);
  project.provide('pgTemplateDir', directory);
  project.provide('databaseUrl', null);
  return () => rm(directory, { recursive: true, force: true });
}
