import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[] };

let app: TestApp;
let key: string;
beforeAll(async () => {
  app = await startTestApp();
  key = (await customerWithKey(app, { plan: 'enterprise' })).key;
});
afterAll(async () => {
  await app?.close();
});

async function send(body: string, headers: Record<string, string> = {}, path = '/graphql'): Promise<{ status: number; body: ErrorBody }> {
  // An empty authorization header stands for an anonymous caller.
  const all: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers };
  if (all.authorization === '') delete all.authorization;
  const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: all, body });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

function codes(body: ErrorBody): (string | undefined)[] {
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** Written as text: JSON.stringify itself overflows the stack at this depth. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('client mistakes answer BAD_USER_INPUT, never INTERNAL', () => {
  it('a NUL character in a string variable', async () => {
    const query = 'mutation ($input: SignUpInput!) { signUp(input: $input) { access } }';
    const { status, body } = await send(
      JSON.stringify({ query, variables: { input: { company: 'Nul\u0000Co', email: uniqueEmail('nul'), plan: 'free' } } }),
      { authorization: '' },
    );
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('deeply nested JSON variables in quote', async () => {
    const query = 'query ($v: JSONObject) { quote(query: "{ plans { code } }", variables: $v) { credits } }';
    const { status, body } = await send(`{"query":${JSON.stringify(query)},"variables":{"v":${nestedJson(5000)}}}`);
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('a persisted-query hash alone', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } };
    const { body } = await send(JSON.stringify({ extensions }));
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('a 2,000-term flat formula', async () => {
    const formula = Array.from({ length: 2000 }, () => 'x').join(' + ');
    const query = 'mutation ($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }';
    const input = {
      iterations: 1000,
      seed: 1,
      inputs: [{ name: 'x', distribution: { type: 'NORMAL', mean: 0, sd: 1 } }],
      outputs: [{ name: 'y', formula }],
    };
    const { body } = await send(JSON.stringify({ query, variables: { input } }));
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.extensions?.field).toBe('input.outputs[0].formula');
  });

  it('invalid JSON, an unsupported content-type and an unknown route, in the API error shape', async () => {
    const invalid = await send('{"query": ');
    expect([invalid.status, codes(invalid.body)]).toEqual([400, ['BAD_USER_INPUT']]);
    const unsupported = await send('query { plans { code } }', { 'content-type': 'application/xml' });
    expect([unsupported.status, codes(unsupported.body)]).toEqual([415, ['BAD_USER_INPUT']]);
    const unknown = await send('{}', {}, '/nope');
    expect([unknown.status, codes(unknown.body)]).toEqual([404, ['NOT_FOUND']]);
  });
});

describe('validation errors', () => {
  it("name each field's path and message and never echo the input", async () => {
    const admin = await signedInAdmin(app);
    const password = 'short-pw';
    const query = 'mutation ($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id } }';
    const { body } = await send(
      JSON.stringify({ query, variables: { input: { email: 'not-an-email', name: 'N', role: 'FINANCE', password } } }),
      { authorization: '', cookie: admin.cookie },
    );
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    const fields = (body.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];
    expect(fields.map((field) => field.path).sort()).toEqual(['email', 'password']);
    expect(body.errors?.[0]?.message).toMatch(/email: .*password: /s);
    expect(JSON.stringify(body)).not.toContain(password);
    expect(JSON.stringify(body)).not.toContain('not-an-email');
  });
});

describe('unauthenticated mutations', () => {
  it('refuses more than one signUp in a request, and creates no account', async () => {
    const emails = [uniqueEmail('alias'), uniqueEmail('alias')];
    const aliases = emails
      .map((email, index) => `a${index}: signUp(input: { company: "Alias Co", email: "${email}", plan: "free" }) { access }`)
      .join(' ');
    const { body } = await send(JSON.stringify({ query: `mutation { ${aliases} }` }), { authorization: '' });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    const rows = await app.services.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>('select count(*) as count from customer where email in (?, ?)', emails);
    expect(Number(rows[0]?.count)).toBe(0);
  });
});
