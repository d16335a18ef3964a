import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../../server/src/api/document-limits.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let key: string;
let customerId: string;
beforeAll(async () => {
  app = await startTestApp();
  const customer = await customerWithKey(app);
  key = customer.key;
  customerId = customer.customer.id;
});
afterAll(async () => {
  await app?.close();
});

async function send(query: string) {
  const before = await usageRows();
  const response = await app.client.raw(JSON.stringify({ query }), { key });
  return { response, newUsageRows: (await usageRows()) - before };
}

async function usageRows(): Promise<number> {
  // Only this customer's rows: other test files may share the database.
  const rows = await app.services.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>('select count(*) as count from usage_event where customer_id = ?', [customerId]);
  return Number(rows[0].count);
}

/** A valid query `depth` levels deep: inline fragments on Query nest without a recursive type. */
function nested(depth: number): string {
  let selection = 'me { id }';
  for (let level = 2; level < depth; level += 1) selection = `__typename ... on Query { ${selection} }`;
  return `{ ${selection} }`;
}

describe('document limits', () => {
  it(`refuses a query deeper than ${DOCUMENT_LIMITS.depth} before anything runs or is charged`, async () => {
    const { response, newUsageRows } = await send(nested(DOCUMENT_LIMITS.depth + 1));
    expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors[0]?.message).toMatch(/depth limit/);
    expect(response.data).toBeNull();
    expect(newUsageRows).toBe(0);
  });

  it(`refuses more than ${DOCUMENT_LIMITS.aliases} aliases`, async () => {
    const aliases = Array.from({ length: DOCUMENT_LIMITS.aliases + 1 }, (_, index) => `a${index}: me { id }`).join(' ');
    const { response, newUsageRows } = await send(`{ ${aliases} }`);
    expect(response.errors[0]?.message).toMatch(/Aliases limit/);
    expect(newUsageRows).toBe(0);
  });

  it(`refuses more than ${DOCUMENT_LIMITS.directives} directives`, async () => {
    const directives = Array.from({ length: DOCUMENT_LIMITS.directives + 1 }, () => '@include(if: true)').join(' ');
    const { response } = await send(`{ me ${directives} { id } }`);
    expect(response.errors[0]?.message).toMatch(/Directives limit/);
  });

  it(`refuses a document of more than ${DOCUMENT_LIMITS.tokens} tokens without parsing it all`, async () => {
    const { response } = await send(`{ me { ${'id '.repeat(DOCUMENT_LIMITS.tokens)} } }`);
    expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors[0]?.message).toMatch(/token/i);
  });

  it('refuses circular fragments', async () => {
    const { response } = await send('query { me { ...A } } fragment A on Account { ...B } fragment B on Account { ...A }');
    expect(response.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts an ordinary query at the limits', async () => {
    const { response } = await send(nested(DOCUMENT_LIMITS.depth));
    expect(response.errors).toEqual([]);
  });

  it('applies the same limits to an operation sent to quote', async () => {
    const quoted = await app.client.raw(
      JSON.stringify({
        query: 'query ($q: String!) { quote(query: $q) { credits } }',
        variables: { q: nested(DOCUMENT_LIMITS.depth + 1) },
      }),
      { key },
    );
    expect(quoted.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(quoted.errors[0]?.message).toMatch(/depth limit/);
  });
});
