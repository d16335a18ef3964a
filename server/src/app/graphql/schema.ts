import { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchemaSync } from 'type-graphql';
import { assertEveryRootFieldHasRule, authChecker } from '../../api/index.js';
import { directives } from '../../metering/index.js';
import { ErrorCode } from '../../platform/graphql/index.js';
import { resolvers } from './resolvers.js';

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
  built = withErrorCodes(schema);
  return built;
}

/** No field returns ErrorCode, so type-graphql would leave it out; the contract lists it for clients. */
function withErrorCodes(schema: GraphQLSchema): GraphQLSchema {
  const errorCode = new GraphQLEnumType({
    name: 'ErrorCode',
    description: 'Values of `extensions.code` on every error Carlo returns.',
    values: Object.fromEntries(Object.values(ErrorCode).map((code) => [code, { value: code }])),
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, errorCode] });
}
