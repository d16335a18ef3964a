import { describe, expect, it } from 'vitest';
import { builtSchemaText, committedSchemaText } from '../../server/src/app/graphql/schema-text.js';

describe('the GraphQL contract', () => {
  it('schema.graphql is exactly the schema the server builds, directives included', async () => {
    const committed = await committedSchemaText();
    expect(builtSchemaText(), 'run `npm run schema:emit && npm run codegen` and commit').toBe(committed);
  });

  it('shows the cost directives and the error codes to clients', async () => {
    const committed = await committedSchemaText();
    expect(committed).toContain('directive @cost(weight: String!)');
    expect(committed).toContain('directive @listSize(');
    expect(committed).toMatch(/enum ErrorCode \{[^}]*COST_LIMIT_EXCEEDED/);
  });
});
