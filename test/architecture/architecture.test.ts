import { describe, expect, it } from 'vitest';
import { importViolations, moduleCycles, type Violation } from './dependency-rules.js';
import { readSources, type SourceFile } from './source-graph.js';
import { fieldWriteViolations, ownership, textualWriteViolations } from './table-writes.js';

const sources = readSources();
const listed = (violations: Violation[]) => violations.map((v) => `${v.file}:${v.line} ${v.rule} (${v.detail})`);

/** A copy of the sources with one file's text changed, to show that a rule catches what it should. */
function planted(file: string, text: string): SourceFile[] {
  const original = sources.find((source) => source.path === file);
  if (!original) throw new Error(`${file} is not a source file`);
  return sources.map((source) => (source === original ? { ...source, text: `${text}\n${source.text}` } : source));
}

describe('the staircase of layers (docs/architecture.md)', () => {
  it('imports only run down a step, or into another module through its index.ts', () => {
    expect(listed(importViolations(sources))).toEqual([]);
  });

  it('has no loop between modules', () => {
    expect(moduleCycles(sources)).toEqual([]);
  });

  it('would catch an upward import, a reach into internals and a loop', () => {
    const upward = planted('domain/keys/api-key.service.ts', "import { usageRecorded } from '../../metering/index.js';");
    expect(listed(importViolations(upward)).join('\n')).toMatch(/domain \(step 1\) imports metering \(step 2\)/);
    const internal = planted('console/audit-log.resolver.ts', "import { AuditLog } from '../platform/staff/audit-log.entity.js';");
    expect(listed(importViolations(internal)).join('\n')).toMatch(/imports the internals of platform\/staff/);
    const loop = planted('domain/customers/customer.entity.ts', "import { Subscription } from '../subscriptions/index.js';");
    expect(moduleCycles(loop)).toContainEqual(['domain/customers', 'domain/subscriptions']);
  });
});

describe('one owning module per table', () => {
  const owners = ownership(sources);

  it('declares every table in exactly one module', () => {
    expect([...owners.tables.keys()].sort()).toEqual([...new Set(owners.tables.keys())].sort());
    expect(owners.tables.size).toBeGreaterThanOrEqual(20);
  });

  it('lets only the owner write a table, in SQL, through Kysely or through the EntityManager', () => {
    expect(listed(textualWriteViolations(sources, owners))).toEqual([]);
    const sql = planted('billing/stripe/meter-outbox.ts', "const sql = 'update usage_event set stripe_report_state = 1';");
    expect(listed(textualWriteViolations(sql, owners)).join('\n')).toMatch(/writes usage_event, which metering owns/);
    const kysely = planted(
      'billing/stripe/meter-outbox.ts',
      "const write = (db: Kysely<Database>) => db.updateTable('credit_balance as b');",
    );
    expect(listed(textualWriteViolations(kysely, owners)).join('\n')).toMatch(/writes credit_balance, which metering owns/);
    const orm = planted('billing/stripe/billing.service.ts', 'const write = (em: EntityManager) => em.create(Customer, {});');
    expect(listed(textualWriteViolations(orm, owners)).join('\n')).toMatch(/writes customer, which domain\/customers owns/);
  });

  // Type-checking the whole server takes a while on a busy machine, hence the longer timeout.
  it("never assigns to the fields of another module's entity", () => {
    expect(listed(fieldWriteViolations(sources, owners))).toEqual([]);
    const assignment = planted('console/plan.service.ts', 'export const plant = (customer: Customer) => { customer.company = "x"; };');
    expect(listed(fieldWriteViolations(assignment, owners, ['console/plan.service.ts'])).join('\n')).toMatch(
      /writes customer, which domain\/customers owns/,
    );
  }, 180_000);
});
