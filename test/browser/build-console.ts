import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds admin-ui/dist before any browser test: the server serves whatever is there when it starts. */
export default function buildConsole(): void {
  if (process.env.SKIP_CONSOLE_BUILD === '1' && existsSync('admin-ui/dist/index.html')) return;
  execFileSync('npm', ['run', 'build', '-w', 'admin-ui'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
