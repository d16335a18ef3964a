import 'reflect-metadata';
import fc from 'fast-check';
import { buildSchema, execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCarloSchema } from '../../app/graphql/schema.js';
import { estimateCost, settledCost } from './cost-calculator.js';
import { parseWeight } from './pricing.js';
import { registerSizer } from './sizers.js';

registerSizer('testCells', (args) => Number(args.rows ?? 0) * Number(args.columns ?? 0));

const schema = buildSchema(`
  directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @costBySize(sizer: String!, unitsPerCredit: Int!, minimum: Int! = 1) on FIELD_DEFINITION
  type Query {
    free: String
    names: [String!]
    freeItems: [Item!]
    read: Item @cost(weight: "1")
    page(perPage: Int! = 10): ItemPage! @cost(weight: "1") @listSize(slicingArguments: ["perPage"], sizedFields: ["items"])
    list(first: Int): [Item!] @cost(weight: "2") @listSize(slicingArguments: ["first"], assumedSize: 5)
    grid(rows: Int!, columns: Int!): Grid @costBySize(sizer: "testCells", unitsPerCredit: 1000, minimum: 1)
  }
  type Item @cost(weight: "0.25") { id: ID! name: String detail: Detail }
  type Detail @cost(weight: "0.5") { text: String }
  type ItemPage { items: [Item!]! totalCount: Int! }
  type Grid { cells: Int }
`);

/** Resolvers that return exactly as many items as asked for, so that settlement equals the estimate. */
const rootValue = {
  free: () => 'x',
  read: () => ({ id: '1', name: 'a', detail: { text: 't' } }),
  page: ({ perPage }: { perPage: number }) => ({
    items: Array.from({ length: perPage }, (_, i) => ({ id: String(i), name: 'n', detail: { text: 't' } })),
    totalCount: perPage,
  }),
  list: ({ first }: { first?: number }) => Array.from({ length: first ?? 5 }, (_, i) => ({ id: String(i), name: 'n', detail: null })),
  grid: ({ rows, columns }: { rows: number; columns: number }) => ({ cells: rows * columns }),
};

const selection = fc.oneof(
  fc.constant('free'),
  fc.constant('read { id detail { text } }'),
  fc.integer({ min: 0, max: 100 }).map((n) => `page(perPage: ${n}) { totalCount items { id detail { text } } }`),
  fc.integer({ min: 0, max: 50 }).map((n) => `list(first: ${n}) { name }`),
  fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 })).map(([r, c]) => `grid(rows: ${r}, columns: ${c}) { cells }`),
);
const operation = fc
  .array(selection, { minLength: 1, maxLength: 5 })
  .map((fields) => `{ ${fields.map((f, i) => `a${i}: ${f}`).join(' ')} }`);

describe('cost calculator', () => {
  it('reads decimal weights exactly in thousandths', () => {
    expect(parseWeight('1')).toBe(1000);
    expect(parseWeight('0.04')).toBe(40);
    expect(parseWeight('2.5')).toBe(2500);
    expect(() => parseWeight('-1')).toThrow();
  });

  it('prices lists by their slicing argument and page objects by their sized field (IBM cost spec)', () => {
    const cost = (query: string) => estimateCost(schema, parse(query), {}, undefined).credits;
    expect(cost('{ free }')).toBe(0);
    expect(cost('{ read { id } }')).toBe(2); // 1 + 0.25, rounded up
    expect(cost('{ page(perPage: 40) { items { id } } }')).toBe(11); // 1 + 40 x 0.25
    expect(cost('{ list { name } }')).toBe(4); // 2 + assumed 5 x 0.25 = 3.25
    expect(cost('{ grid(rows: 100, columns: 25) { cells } }')).toBe(3); // 2,500 cells / 1,000
    expect(cost('{ grid(rows: 0, columns: 25) { cells } }')).toBe(1); // the minimum
  });

  it('marks an operation without any priced field, which then settles at 0 whatever it returns', () => {
    const priced = (query: string) => estimateCost(schema, parse(query), {}, undefined).priced;
    expect(priced('{ free names }')).toBe(false);
    expect(priced('{ freeItems { id } }')).toBe(true); // the item type has a weight
    expect(priced('{ list(first: 0) { name } }')).toBe(true); // estimated at its weight, whatever the slice
    expect(priced('{ free read { id } }')).toBe(true);
    expect(priced('{ free grid(rows: 0, columns: 0) { cells } }')).toBe(true);
    const document = parse('{ free names }');
    const data = { free: 'x', names: Array.from({ length: 1000 }, () => 'n') };
    expect(settledCost({ schema, document, operationName: undefined, variables: {}, data, errorPaths: [] }).milli).toBe(0);
  });

  it('settles exactly the estimate when every field returns what it was priced for (generated operations)', async () => {
    await fc.assert(
      fc.asyncProperty(operation, async (query) => {
        const document = parse(query);
        const result = await execute({ schema, document, rootValue });
        const settled = settledCost({
          schema,
          document,
          operationName: undefined,
          variables: {},
          data: result.data as Record<string, unknown>,
          errorPaths: [],
        });
        expect(settled.milli).toBe(estimateCost(schema, document, {}, undefined).milli);
      }),
      { numRuns: 200 },
    );
  });

  it('never settles above the estimate, and errored or unreached fields cost nothing (generated operations)', () => {
    fc.assert(
      fc.property(operation, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (query, failed) => {
        const document = parse(query);
        const estimate = estimateCost(schema, document, {}, undefined);
        const data: Record<string, unknown> = {};
        const errorPaths: string[][] = [];
        const fields = query.slice(2, -2).split(/ a\d+: /);
        fields.forEach((_, i) => {
          if (failed[i]) errorPaths.push([`a${i}`]);
          data[`a${i}`] = null;
        });
        const settled = settledCost({ schema, document, operationName: undefined, variables: {}, data, errorPaths });
        expect(settled.milli).toBeLessThanOrEqual(estimate.milli);
        const allFailed = fields.every((_, i) => failed[i]);
        if (allFailed) expect(settled.milli).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('settles a size-priced field at the size it reports, never above its arguments', () => {
    const document = parse('{ grid(rows: 1000, columns: 10) { cells } }');
    const data = { grid: { cells: 1 } };
    const at = (reported: number) =>
      settledCost({
        schema,
        document,
        operationName: undefined,
        variables: {},
        data,
        errorPaths: [],
        reportedSizes: new Map([['grid', reported]]),
      }).credits;
    expect(at(2_500)).toBe(3);
    expect(at(50_000)).toBe(10);
    expect(at(0)).toBe(1);
  });

  it('prices runSimulation higher, never lower, as iterations grow (the real schema and sizer)', () => {
    const carlo = buildCarloSchema();
    const query = parse('mutation ($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }');
    const input = (iterations: number, inputs: number) => ({
      iterations,
      inputs: Array.from({ length: inputs }, (_, i) => ({ name: `x${i}`, distribution: { type: 'NORMAL', mean: 0, sd: 1 } })),
      outputs: [{ name: 'y', formula: 'x0' }],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, inputs) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cost = (iterations: number) => estimateCost(carlo, query, { input: input(iterations, inputs) }, undefined).credits;
          expect(cost(low)).toBeLessThanOrEqual(cost(high));
          expect(cost(high)).toBe(Math.max(1, Math.ceil((high * inputs) / 100_000)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('knows the free operations of the real schema from the priced ones', () => {
    const carlo = buildCarloSchema();
    const priced = (query: string) => estimateCost(carlo, parse(query), {}, undefined).priced;
    expect(priced('{ me { id credits { includedRemaining } } }')).toBe(false);
    expect(priced('{ plans { code } }')).toBe(false);
    expect(priced('{ usage { calls } }')).toBe(false);
    expect(priced('{ simulation(id: "00000000-0000-0000-0000-000000000000") { id } }')).toBe(true);
    expect(priced('{ apiKeys(perPage: 5) { items { id } } }')).toBe(true);
  });
});
