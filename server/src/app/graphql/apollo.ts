import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { documentParseOptions, documentValidationRules, type Context, type Services } from '../../api/index.js';
import { formatError } from '../../platform/graphql/index.js';
import { buildCarloSchema } from './schema.js';

export function createApollo(services: Services, plugins: ApolloServerPlugin<Context>[]): ApolloServer<Context> {
  const development = services.config.NODE_ENV === 'development';
  return new ApolloServer<Context>({
    schema: buildCarloSchema(),
    plugins: [...plugins, ApolloServerPluginLandingPageDisabled()],
    formatError: formatError(services.logger, development),
    includeStacktraceInErrorResponses: development,
    introspection: services.config.NODE_ENV !== 'production',
    hideSchemaDetailsFromClientErrors: !development,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: documentParseOptions,
    validationRules: documentValidationRules,
  });
}
