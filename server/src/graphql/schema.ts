import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { directives } from './directives.js';
import './error-code.js';
import { resolvers } from './resolvers.js';
import { assertEveryRootFieldHasRule } from './rule-coverage.js';

let built: GraphQLSchema | null = null;

/** The executable schema; built once per process because type-graphql's metadata is global. */
export function buildCarloSchema(): GraphQLSchema {
  if (built) return built;
  const schema = buildSchemaSync({
    resolvers,
    authChecker,
    directives,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  assertEveryRootFieldHasRule(schema);
  built = schema;
  return schema;
}
