import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds portal/dist before the browser tests: the server serves whatever is there when it starts. */
export default function buildPortal(): void {
  if (process.env.SKIP_CONSOLE_BUILD === '1' && existsSync('portal/dist/index.html')) return;
  execFileSync('npm', ['run', 'build', '-w', 'portal'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
