import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { apiReference, priceText } from './api-reference.js';
import { ErrorCode } from '../../platform/graphql/index.js';
import { buildCarloSchema } from './schema.js';

const schema = buildCarloSchema();
const field = (type: 'Query' | 'Mutation', name: string) => {
  const found = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[name];
  if (!found) throw new Error(`${type}.${name} is not in the schema`);
  return found;
};

describe('docs/api.md', () => {
  it('prices each field from its directives', () => {
    expect(priceText(field('Mutation', 'runSimulation'))).toBe('ceil(workUnits / 100,000) credits, at least 1');
    expect(priceText(field('Query', 'apiKeys'))).toBe('1 credit; the selection of each of `items` is paid for `perPage` items');
    expect(priceText(field('Mutation', 'adminLogin'))).toBe('at most 30 calls per 60s');
    expect(priceText(field('Query', 'quote'))).toBe('free');
  });

  it('puts key operations with their scope before console ones, and lists every error code', () => {
    const text = apiReference(schema);
    expect(text).toContain('- who: API key with scope `SIMULATIONS_RUN`; account use `billable`');
    expect(text.indexOf('### `mutation runSimulation`')).toBeLessThan(text.indexOf('## Console operations'));
    expect(text).not.toContain('### `query adminMe`');
    for (const code of Object.values(ErrorCode)) expect(text).toContain(`| \`${code}\` |`);
  });
});
