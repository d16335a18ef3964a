// Builds dist/esm and dist/cjs: one esbuild bundle each, and tsc's declarations copied beside
// both, with a package.json per folder so that Node and TypeScript read each as its own format.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');

await rm(dist, { recursive: true, force: true });
const common = {
  entryPoints: [path.join(root, 'src/index.ts')],
  bundle: true,
  platform: 'neutral',
  target: 'es2022',
  // Loaded only to print a DocumentNode without source text, and only if the caller installed it.
  external: ['graphql'],
  minify: true,
  // Error classes keep their names: CarloError sets `name` from the class.
  keepNames: true,
  sourcemap: true,
  logLevel: 'warning',
};
await Promise.all([
  esbuild.build({ ...common, format: 'esm', outfile: path.join(dist, 'esm/index.js') }),
  esbuild.build({ ...common, format: 'cjs', outfile: path.join(dist, 'cjs/index.js') }),
]);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
for (const [folder, type] of [
  ['esm', 'module'],
  ['cjs', 'commonjs'],
]) {
  await mkdir(path.join(dist, folder), { recursive: true });
  await cp(path.join(dist, 'types'), path.join(dist, folder), { recursive: true });
  await writeFile(path.join(dist, folder, 'package.json'), `${JSON.stringify({ type })}\n`);
}
await rm(path.join(dist, 'types'), { recursive: true });
