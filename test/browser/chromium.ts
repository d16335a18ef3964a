import { accessSync, constants } from 'node:fs';
import packagedChromium from '@sparticuz/chromium';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type ChromiumLaunch = { executablePath: string; args: string[]; source: string };

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, Debian's /usr/bin/chromium when
 * installed, otherwise the Chromium shipped inside the @sparticuz/chromium npm package (unpacked
 * to /tmp on first use), so `npm install && npm test` needs nothing installed by hand. A browser
 * that cannot start fails the tests; they never skip.
 */
export async function chromiumToLaunch(): Promise<ChromiumLaunch> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return { executablePath: configured, args: SYSTEM_ARGS, source: 'CHROMIUM_PATH' };
  if (isExecutable(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS, source: SYSTEM_CHROMIUM };
  // The package's own flags are for one-shot serverless use (--single-process): a browser started
  // with them ends with its first context, so the tests start it with the system flags.
  return { executablePath: await packagedChromium.executablePath(), args: [...SYSTEM_ARGS, '--no-zygote'], source: '@sparticuz/chromium' };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
