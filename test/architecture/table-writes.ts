import path from 'node:path';
import ts from 'typescript';
import { locate, type SourceFile, sourceRoot } from './source-graph.js';
import type { Violation } from './dependency-rules.js';

/** Tables of the libraries we run (pg-boss's queue, the migrations log): no module of ours writes them. */
const libraryTables = new Set(['mikro_orm_migrations']);

const sqlWrite = /\b(?:insert\s+into|delete\s+from)\s+([a-z_][a-z0-9_]*)|\bupdate\s+([a-z_][a-z0-9_]*)(?:\s+[a-z_][a-z0-9_]*)?\s+set\b/gi;
/** Kysely's builders name the table as their first argument, optionally with an alias ('credit_balance as b'). */
const kyselyWrite = /\.(?:insertInto|updateTable|deleteFrom|mergeInto)\(\s*'([a-z_][a-z0-9_]*)/g;
const ormWrite = /\.(?:create|nativeUpdate|nativeDelete|upsert|upsertMany|insert|insertMany)\(\s*([A-Z][A-Za-z0-9]*)\s*,/g;
const entityDeclaration = /@Entity\(\{\s*tableName:\s*'([a-z_][a-z0-9_]*)'\s*\}\)[\s\S]*?export\s+class\s+([A-Z][A-Za-z0-9]*)/g;

export type Ownership = { tables: Map<string, string>; entities: Map<string, string>; entityTables: Map<string, string> };

/** Each table belongs to the module that declares its entity. */
export function ownership(files: readonly SourceFile[]): Ownership {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  const entityTables = new Map<string, string>();
  for (const file of files) {
    for (const match of file.text.matchAll(entityDeclaration)) {
      const [, table = '', entity = ''] = match;
      tables.set(table, file.module);
      entities.set(entity, file.module);
      entityTables.set(entity, table);
    }
  }
  return { tables, entities, entityTables };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** SQL (text or Kysely) and EntityManager writes to tables another module owns. */
export function textualWriteViolations(files: readonly SourceFile[], owners: Ownership): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (file.isTest || file.layer === 'stripe-emulator') continue;
    for (const match of file.text.matchAll(sqlWrite)) {
      const table = (match[1] ?? match[2] ?? '').toLowerCase();
      if (libraryTables.has(table)) continue;
      const owner = owners.tables.get(table);
      if (owner !== file.module) {
        violations.push({
          file: file.path,
          line: lineOf(file.text, match.index),
          rule: owner ? `writes ${table}, which ${owner} owns` : `writes ${table}, a table no module declares`,
          detail: match[0],
        });
      }
    }
    for (const match of file.text.matchAll(kyselyWrite)) {
      const table = match[1] ?? '';
      const owner = owners.tables.get(table);
      if (owner !== file.module) {
        violations.push({
          file: file.path,
          line: lineOf(file.text, match.index),
          rule: owner ? `writes ${table}, which ${owner} owns` : `writes ${table}, a table no module declares`,
          detail: match[0],
        });
      }
    }
    for (const match of file.text.matchAll(ormWrite)) {
      const entity = match[1] ?? '';
      const owner = owners.entities.get(entity);
      if (owner && owner !== file.module)
        violations.push({
          file: file.path,
          line: lineOf(file.text, match.index),
          rule: `writes ${owners.entityTables.get(entity)}, which ${owner} owns`,
          detail: match[0],
        });
    }
  }
  return violations;
}

/** Assignments to the fields of another module's entities (the ORM flushes them as UPDATEs). */
export function fieldWriteViolations(files: readonly SourceFile[], owners: Ownership, only?: readonly string[]): Violation[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  // The program reads the texts given (a test may plant a line), and the disk for everything else.
  const texts = new Map(files.map((file) => [path.join(sourceRoot, file.path), file.text]));
  const host = ts.createCompilerHost(options);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language) => {
    const text = texts.get(fileName);
    return text === undefined ? readFromDisk(fileName, language) : ts.createSourceFile(fileName, text, language);
  };
  // `only` narrows the roots (a planted check needs one file and what it imports, not the whole server).
  const roots = files.filter((file) => !file.isTest && file.layer !== 'stripe-emulator' && (!only || only.includes(file.path)));
  const paths = roots.map((file) => path.join(sourceRoot, file.path));
  const program = ts.createProgram(paths, options, host);
  const checker = program.getTypeChecker();
  const violations: Violation[] = [];
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(sourceRoot) || !paths.includes(source.fileName)) continue;
    const relativePath = path.relative(sourceRoot, source.fileName);
    const { layer, module } = locate(relativePath);
    if (layer === 'stripe-emulator') continue;
    const visit = (node: ts.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        ts.isPropertyAccessExpression(node.left)
      ) {
        const symbol = checker.getTypeAtLocation(node.left.expression).getSymbol();
        const declaredIn = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
        const entity = symbol?.getName() ?? '';
        // Only our entity classes count; a Stripe object that shares a name is not a table.
        const declaringModule = declaredIn.startsWith(sourceRoot) ? locate(path.relative(sourceRoot, declaredIn)).module : null;
        const owner = owners.entities.get(entity) === declaringModule ? declaringModule : null;
        if (owner && owner !== module) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          violations.push({
            file: relativePath,
            line: line + 1,
            rule: `writes ${owners.entityTables.get(entity)}, which ${owner} owns`,
            detail: node.getText(source).slice(0, 80),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return violations;
}
