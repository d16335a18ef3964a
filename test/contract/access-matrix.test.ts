import { type GraphQLField, getNamedType, isLeafType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRule } from '../../server/src/api/auth-rules.js';
import { rootFieldRules } from '../../server/src/api/rule-coverage.js';
import { buildCarloSchema } from '../../server/src/app/graphql/schema.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { ApiKeyMode, ApiKeyScope } from '../../server/src/domain/keys/api-key.entity.js';
import { dummyArguments } from '../support/dummy-arguments.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import type { Caller } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const schema = buildCarloSchema();
const rules = rootFieldRules(schema);

type Who = { name: string; caller: () => Caller; admits: (fieldRules: string[]) => boolean };

let app: TestApp;
let who: Who[] = [];
beforeAll(async () => {
  app = await startTestApp();
  const customer = await customerWithKey(app, { plan: 'enterprise' });
  const admins = await Promise.all(Object.values(AdminRole).map(async (role) => ({ role, admin: await signedInAdmin(app, role) })));
  const members = await Promise.all(
    Object.values(MemberRole).map(async (role) => ({ role, member: await signedInMember(app, customer.customer.id, role) })),
  );
  const parsed = (fieldRules: string[]) => fieldRules.map(parseRule);
  who = [
    { name: 'anonymous', caller: () => ({}), admits: (r) => parsed(r).some((rule) => rule.kind === 'public') },
    {
      name: 'api key',
      caller: () => ({ key: customer.key }),
      admits: (r) => parsed(r).some((rule) => rule.kind === 'public' || rule.kind === 'key'),
    },
    ...admins.map(({ role, admin }) => ({
      name: `admin ${role}`,
      caller: () => ({ cookie: admin.cookie }),
      admits: (r: string[]) => parsed(r).some((rule) => rule.kind === 'public' || (rule.kind === 'admin' && rule.role === role)),
    })),
    ...members.map(({ role, member }) => ({
      name: `member ${role}`,
      caller: () => ({ cookie: member.cookie }),
      admits: (r: string[]) => parsed(r).some((rule) => rule.kind === 'public' || (rule.kind === 'member' && rule.role === role)),
    })),
  ];
});
afterAll(async () => {
  await app?.close();
});

describe('access rules generated from the schema', () => {
  it('declares a rule for every root field', () => {
    const missing = [...rules].filter(([, fieldRules]) => fieldRules.length === 0).map(([field]) => field);
    expect(missing).toEqual([]);
  });

  const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type
      ? Object.values(type.getFields()).map((field) => ({ operation: type === schema.getMutationType() ? 'mutation' : 'query', field }))
      : [],
  );
  // Sign-in and sign-out change the session they run on; they have tests of their own.
  const matrix = fields.filter(({ field }) => !['adminLogin', 'adminLogout', 'memberSignIn', 'memberSignOut'].includes(field.name));

  it.each(matrix.map(({ operation, field }) => [`${operation} ${field.name}`, operation, field] as const))(
    '%s admits exactly the callers its rule names',
    async (_label, operation, field) => {
      for (const caller of who) {
        const response = await app.client.raw(requestFor(operation, field), caller.caller());
        const codes = response.errors.map((error) => error.extensions?.code);
        const refused = codes.some((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');
        const fieldRules = rules.get(`${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`) ?? [];
        expect(refused, `${caller.name} on ${field.name}: ${JSON.stringify(response.errors)}`).toBe(!caller.admits(fieldRules));
        if (refused)
          expect(await auditRowsOf(response.headers.get('x-request-id') ?? ''), `refused ${field.name} wrote an audit row`).toBe(0);
      }
    },
  );
});

describe('keys that issue keys', () => {
  const create = (scopes: string[] | null) =>
    JSON.stringify({
      query: 'mutation ($scopes: [ApiKeyScope!]) { createApiKey(input: { name: "child", scopes: $scopes }) { apiKey { scopes } } }',
      variables: { scopes },
    });
  const rotate = (id: string) =>
    JSON.stringify({ query: 'mutation ($id: ID!) { rotateApiKey(id: $id) { apiKey { scopes } } }', variables: { id } });
  type Issued = { createApiKey?: { apiKey: { scopes: string[] } }; rotateApiKey?: { apiKey: { scopes: string[] } } };

  it('grant at most the scopes the calling key holds, by default exactly those', async () => {
    const full = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const manager = await app.services.apiKeys.create(em, full.customer.id, {
      name: 'manager',
      mode: ApiKeyMode.LIVE,
      scopes: [ApiKeyScope.KEYS_MANAGE, ApiKeyScope.USAGE_READ],
      createdBy: 'test',
    });
    const caller = { key: manager.secret };

    const byDefault = await app.client.raw<Issued>(create(null), caller);
    expect(byDefault.data?.createApiKey?.apiKey.scopes.sort()).toEqual(['USAGE_READ', 'KEYS_MANAGE'].sort());
    const narrower = await app.client.raw<Issued>(create(['USAGE_READ']), caller);
    expect(narrower.data?.createApiKey?.apiKey.scopes).toEqual(['USAGE_READ']);
    for (const beyond of [['SIMULATIONS_RUN'], ['KEYS_MANAGE', 'BILLING_MANAGE']]) {
      const refused = await app.client.raw<Issued>(create(beyond), caller);
      expect(
        refused.errors.map((error) => error.extensions?.code),
        JSON.stringify(beyond),
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('rotate only keys whose scopes the calling key holds', async () => {
    const full = await customerWithKey(app);
    const em = app.services.orm.em.fork();
    const manager = await app.services.apiKeys.create(em, full.customer.id, {
      name: 'manager',
      mode: ApiKeyMode.LIVE,
      scopes: [ApiKeyScope.KEYS_MANAGE],
      createdBy: 'test',
    });
    const refused = await app.client.raw<Issued>(rotate(full.keyId), { key: manager.secret });
    expect(refused.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const allowed = await app.client.raw<Issued>(rotate(manager.apiKey.id), { key: full.key });
    expect(allowed.data?.rotateApiKey?.apiKey.scopes).toEqual(['KEYS_MANAGE']);
  });
});

function requestFor(operation: string, field: GraphQLField<unknown, unknown>): string {
  const args = dummyArguments(field.args);
  const declared = field.args.filter((arg) => arg.name in args);
  const variables = declared.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation}${variables ? ` (${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return JSON.stringify({ query, variables: args });
}

/** Audit rows written by one request: other test files may share the database. */
async function auditRowsOf(requestId: string): Promise<number> {
  const rows = await app.services.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>('select count(*) as count from audit_log where request_id = ?', [requestId]);
  return Number(rows[0].count);
}
