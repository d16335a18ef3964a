import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourceRoot = fileURLToPath(new URL('../../server/src', import.meta.url));

/**
 * The staircase, bottom to top. A file may import from its own layer's module or from a lower
 * step; layers on one step (console and customer-api) do not import each other.
 */
export const layerSteps: Record<string, number> = {
  platform: 0,
  domain: 1,
  metering: 2,
  billing: 3,
  notifications: 4,
  api: 5,
  console: 6,
  'customer-api': 6,
  app: 7,
  'stripe-emulator': 7,
};

/** Layers made of several modules, one folder each; every other layer is one module. */
const multiModuleLayers = new Set(['platform', 'domain']);

export type SourceFile = { path: string; layer: string; module: string; text: string; isTest: boolean };
export type ImportEdge = { from: SourceFile; target: string; targetLayer: string; targetModule: string; line: number };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function locate(relativePath: string): { layer: string; module: string } {
  const parts = relativePath.split('/');
  const layer = parts[0] ?? '';
  const module = multiModuleLayers.has(layer) && parts.length > 2 ? `${layer}/${parts[1]}` : layer;
  return { layer, module };
}

export function readSources(): SourceFile[] {
  return walk(sourceRoot).map((file) => {
    const relativePath = path.relative(sourceRoot, file);
    return { path: relativePath, ...locate(relativePath), text: readFileSync(file, 'utf8'), isTest: relativePath.endsWith('.test.ts') };
  });
}

const importPattern =
  /(?:^|\s)(?:import|export)\b[^'";]*?from\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)|^import\s+'(\.{1,2}\/[^']+)'/gm;

export function importsOf(file: SourceFile): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of file.text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier) continue;
    const target = path.normalize(path.join(path.dirname(file.path), specifier)).replace(/\.js$/, '.ts');
    const line = file.text.slice(0, match.index).split('\n').length;
    edges.push({ from: file, target, ...renameLocation(locate(target)), line });
  }
  return edges;
}

function renameLocation(location: { layer: string; module: string }): { targetLayer: string; targetModule: string } {
  return { targetLayer: location.layer, targetModule: location.module };
}
