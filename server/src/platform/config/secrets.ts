import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';

export type Secrets = { apiKeyPepper: string; sessionSecret: string; stripeWebhookSecret: string };

const generators: Record<keyof Secrets, () => string> = {
  apiKeyPepper: () => randomBytes(32).toString('base64url'),
  sessionSecret: () => randomBytes(32).toString('base64url'),
  stripeWebhookSecret: () => `whsec_${randomBytes(24).toString('base64url')}`,
};

/**
 * Secrets come from the environment in production. On embedded defaults the missing ones are
 * generated once and kept in DATA_DIR, because keys hashed with a pepper must still verify after
 * a restart. Secrets given in the environment are never written to disk.
 */
export async function resolveSecrets(config: Config): Promise<Secrets> {
  const fromEnv: Partial<Secrets> = {
    apiKeyPepper: config.API_KEY_PEPPER,
    sessionSecret: config.SESSION_SECRET,
    stripeWebhookSecret: config.STRIPE_WEBHOOK_SECRET,
  };
  const file = path.join(config.DATA_DIR, 'secrets.json');
  const stored = await readStored(file);
  let changed = false;
  const secrets = {} as Secrets;
  for (const name of Object.keys(generators) as (keyof Secrets)[]) {
    const value = fromEnv[name] ?? stored[name];
    if (value) {
      secrets[name] = value;
      continue;
    }
    secrets[name] = generators[name]();
    stored[name] = secrets[name];
    changed = true;
  }
  if (changed) await writeAtomically(config.DATA_DIR, file, stored);
  return secrets;
}

async function readStored(file: string): Promise<Partial<Secrets>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Partial<Secrets>;
  } catch {
    return {};
  }
}

async function writeAtomically(directory: string, file: string, value: Partial<Secrets>): Promise<void> {
  await mkdir(directory, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value, null, 2), { mode: 0o600 });
  await rename(temporary, file);
}
