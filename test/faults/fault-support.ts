import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };
export type ServerProcess = { url: string; child: ChildProcess; exited: Promise<Exit>; output(): string };

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `tsx server/src/app/main.ts` as its own process (what `npm start -w server` runs), so it can be killed
 * the way a machine kills it. Resolves with its URL once it logs that it is listening.
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'carlo-fault-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/app/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      STRIPE_EMULATOR_PORT: '0',
      METER_FLUSH_SECONDS: '3600',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server process did not listen within ${timeoutMs} ms:\n${output.slice(-2000)}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"carlo is listening"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`server process exited (${exit.code ?? exit.signal}) before listening:\n${output.slice(-2000)}`));
    });
  });
  return { url, child, exited, output: () => output };
}

export type Reply = {
  status: number;
  requestId: string | null;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: { cost?: { charged?: number } } } | null;
  replayed: boolean;
};
export type Outcome = Reply | { error: string };

/**
 * One GraphQL POST on its own connection (no keep-alive), so a connection error always means this
 * request, never an idle pooled socket the server closed. Bounded by `timeoutMs`.
 */
export function postGraphql(
  baseUrl: string,
  payload: { query: string; variables?: unknown },
  headers: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Outcome> {
  const body = JSON.stringify(payload);
  return new Promise((resolve) => {
    const request = http.request(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent: false,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: Reply['body'] = null;
          try {
            parsed = JSON.parse(text) as Reply['body'];
          } catch {
            parsed = null;
          }
          const requestId = response.headers['x-request-id'];
          resolve({
            status: response.statusCode ?? 0,
            requestId: typeof requestId === 'string' ? requestId : null,
            body: parsed,
            replayed: response.headers['idempotent-replayed'] === 'true',
          });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('ETIMEDOUT')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(body);
  });
}

export const codeOf = (reply: Reply): string | undefined => reply.body?.errors?.[0]?.extensions?.code;
export const isReply = (outcome: Outcome): outcome is Reply => 'status' in outcome;
