import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/app/db/orm-config.js';

/** Helpers shared by the benches that start servers as child processes and load them with autocannon. */
const serverDir = path.dirname(fileURLToPath(import.meta.url));
export const bin = (name: string) => path.resolve(serverDir, '../../node_modules/.bin', name);
/** Node itself with tsx's loader, so that signals (SIGUSR2 for the profile) reach the server, not a wrapper. */
export const tsNode = (file: string): [string, string[]] => [process.execPath, ['--import', 'tsx', path.join(serverDir, file)]];

export type BenchServer = { url: string; key: string; query: string; child: ChildProcess; dataDir: string | null };
export type Run = { rps: number; p50: number; p99: number; non2xx: number };

/** Waits for the child's JSON line with its URL and key; other lines (logs) are read and dropped. */
export async function announced(child: ChildProcess, label: string): Promise<{ url: string; key: string }> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server (${label}) did not start in 120 s`)), 120_000);
    lines.on('line', (line) => {
      if (!line.startsWith('{"url":')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; key: string });
    });
    child.once('exit', (code) => reject(new Error(`server (${label}) exited with ${code}`)));
  });
}

/** autocannon in its own process against the server's query, so its CPU is not the server's. */
export function autocannon(server: BenchServer, seconds: number, connections: number): Promise<Run> {
  const auth = server.key ? ['-H', `authorization=Bearer ${server.key}`] : [];
  // Apollo's CSRF prevention wants a content type on POST; both servers get the same headers otherwise.
  const args = [
    '--json',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    ...auth,
    '-b',
    JSON.stringify({ query: server.query }),
    server.url.endsWith('/graphql') ? server.url : `${server.url}/graphql`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin('autocannon'), args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(out) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
      resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx });
    });
  });
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Sends SIGTERM to a child still running and waits for it to exit. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function stopServer(server: BenchServer): Promise<void> {
  await stopProcess(server.child);
  if (server.dataDir) await rm(server.dataDir, { recursive: true, force: true });
}

/** A new database on the server of `serverUrl`, migrated, dropped again by `drop`. */
export async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carlo_bench_${Date.now()}`;
  const admin = await MikroORM.init({
    clientUrl: withDatabase(serverUrl, 'postgres'),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  await admin.close(true);
  const url = withDatabase(serverUrl, name);
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 1 }));
  await orm.migrator.up();
  await orm.close(true);
  return {
    url,
    async drop() {
      const again = await MikroORM.init({
        clientUrl: withDatabase(serverUrl, 'postgres'),
        entities: [],
        discovery: { warnWhenNoEntities: false },
        pool: { min: 0, max: 1 },
      });
      await again.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await again.close(true);
    },
  };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
