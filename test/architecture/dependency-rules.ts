import { type ImportEdge, importsOf, layerSteps, type SourceFile } from './source-graph.js';

export type Violation = { file: string; line: number; rule: string; detail: string };

/** Only the app's bootstrap wires the Stripe emulator in; it is a development tool beside the app. */
const emulatorWiring = /^app\/[a-z-]*bootstrap\.ts$/;

function importRule(edge: ImportEdge): string | null {
  const { from } = edge;
  if (edge.targetModule === from.module) return null;
  if (edge.targetLayer === 'stripe-emulator')
    return emulatorWiring.test(from.path) ? null : 'only app/bootstrap wires in the Stripe emulator';
  const fromStep = layerSteps[from.layer];
  const toStep = layerSteps[edge.targetLayer];
  if (fromStep === undefined) return `${from.layer} is not a layer of the staircase`;
  if (toStep === undefined) return `${edge.targetLayer} is not a layer of the staircase`;
  if (toStep > fromStep) return `${from.layer} (step ${fromStep}) imports ${edge.targetLayer} (step ${toStep}), a higher step`;
  if (toStep === fromStep && edge.targetLayer !== from.layer)
    return `${from.layer} and ${edge.targetLayer} stand on one step and do not import each other`;
  if (edge.target !== `${edge.targetModule}/index.ts`)
    return `imports the internals of ${edge.targetModule}; import its index.ts (the module's public surface)`;
  return null;
}

/** Upward, sideways and internal imports of the non-test sources. */
export function importViolations(files: readonly SourceFile[]): Violation[] {
  return files
    .filter((file) => !file.isTest)
    .flatMap((file) =>
      importsOf(file).flatMap((edge) => {
        const rule = importRule(edge);
        return rule ? [{ file: file.path, line: edge.line, rule, detail: edge.target }] : [];
      }),
    );
}

/** Modules that import each other, directly or around a loop (strongly connected groups of two or more). */
export function moduleCycles(files: readonly SourceFile[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    if (file.isTest) continue;
    const targets = graph.get(file.module) ?? new Set<string>();
    graph.set(file.module, targets);
    for (const edge of importsOf(file)) if (edge.targetModule !== file.module) targets.add(edge.targetModule);
  }
  return stronglyConnected(graph).filter((group) => group.length > 1);
}

function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === node) break;
    }
    groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}
